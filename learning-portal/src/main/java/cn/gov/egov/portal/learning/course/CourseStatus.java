package cn.gov.egov.portal.learning.course;

/** A course is a DRAFT (only its administrators see it) until it is PUBLISHED to the catalog. */
public enum CourseStatus {
    DRAFT, PUBLISHED
}
