package cn.gov.egov.portal.learning.exam.store;

import java.time.Instant;

import cn.gov.egov.portal.learning.exam.attempt.Exam;

/** An exam as defined, with the region it belongs to (its learners are that region's subtree) and who made it. */
public record StoredExam(Exam exam, String regionCode, String createdBy, Instant createdAt, Instant updatedAt) {
}
