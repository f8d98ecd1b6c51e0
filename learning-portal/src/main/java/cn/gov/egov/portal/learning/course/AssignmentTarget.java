package cn.gov.egov.portal.learning.course;

/** Who a required course is assigned to: a region subtree, a department or a rank (职级). */
public enum AssignmentTarget {
    REGION, DEPARTMENT, RANK
}
