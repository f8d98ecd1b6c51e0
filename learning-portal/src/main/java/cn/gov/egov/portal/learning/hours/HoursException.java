package cn.gov.egov.portal.learning.hours;

import cn.gov.egov.portal.learning.LearningException;

/** A learning-hours rule was broken: no rule applies, a source credited twice, an entry without approval… */
public class HoursException extends LearningException {

    private static final long serialVersionUID = 1L;

    public HoursException(String code, String message) {
        super(code, message);
    }
}
