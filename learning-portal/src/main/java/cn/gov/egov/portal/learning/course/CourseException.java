package cn.gov.egov.portal.learning.course;

import cn.gov.egov.portal.learning.LearningException;

/**
 * A course rule was broken. The code is translated for users as {@code course.error.<code>}; the message is the
 * Chinese text for logs and programs.
 */
public class CourseException extends LearningException {

    private static final long serialVersionUID = 1L;

    public CourseException(String code, String message) {
        super(code, message);
    }
}
