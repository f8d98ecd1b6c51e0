package cn.gov.egov.portal.learning.document;

import java.time.Instant;
import java.util.UUID;

/** The PDF of a DOCUMENT lesson: where it is stored, how big, how many pages, and the name it was uploaded with. */
public record LessonDocument(UUID lessonId, String objectKey, long sizeBytes, int pageCount, String originalName,
                             String uploadedBy, Instant uploadedAt) {
}
