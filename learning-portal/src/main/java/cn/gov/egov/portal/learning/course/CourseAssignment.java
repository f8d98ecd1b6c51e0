package cn.gov.egov.portal.learning.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A required course assigned to a region subtree, a department or a rank, due by {@code deadline}. */
public record CourseAssignment(UUID id, UUID courseId, AssignmentTarget targetType, String targetValue,
                               LocalDate deadline, String createdBy, Instant createdAt) {
}
