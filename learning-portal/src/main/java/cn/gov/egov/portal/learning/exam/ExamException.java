package cn.gov.egov.portal.learning.exam;

import cn.gov.egov.portal.learning.LearningException;

/**
 * An exam rule was broken: an invalid question, a paper that cannot be drawn, an answer after the deadline… The
 * {@link #code()} is stable for programs; the message is Chinese, for the learner or the administrator.
 */
public class ExamException extends LearningException {

    private static final long serialVersionUID = 1L;

    public ExamException(String code, String message) {
        super(code, message);
    }
}
