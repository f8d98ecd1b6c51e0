package cn.gov.egov.portal.learning.course;

/** Required (必修) or elective (选修). */
public enum CourseKind {
    REQUIRED, ELECTIVE
}
