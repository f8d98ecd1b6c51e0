package cn.gov.egov.portal.learning.course;

import java.time.Instant;
import java.util.UUID;

/**
 * A course as stored. {@code regionCode} is the owning region: administrators of that region's subtree edit it,
 * learners of that region and below see it once published. {@code categoryName} is filled by catalog queries.
 */
public record Course(UUID id, String title, String summary, UUID categoryId, String categoryName, CourseKind kind,
                     int year, String regionCode, CourseStatus status, boolean seekBeyondWatched, String createdBy,
                     Instant createdAt, Instant updatedAt, Instant publishedAt) {

    public boolean published() {
        return status == CourseStatus.PUBLISHED;
    }
}
