package cn.gov.egov.portal.learning.course;

import java.util.UUID;

/**
 * One lesson of a course at {@code position} (1..n, no gaps). Exactly one of {@code mediaAssetId} (VIDEO),
 * {@code documentKey} (DOCUMENT) and {@code examId} (EXAM) is set, matching the kind.
 */
public record Lesson(UUID id, UUID courseId, int position, LessonKind kind, String title, UUID mediaAssetId,
                     String documentKey, UUID examId, Integer durationSeconds) {
}
