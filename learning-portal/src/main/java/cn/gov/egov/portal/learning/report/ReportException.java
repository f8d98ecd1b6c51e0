package cn.gov.egov.portal.learning.report;

import cn.gov.egov.portal.learning.LearningException;

/** A report asked for with bad input (year out of range, unknown region, bad page); the message is for the user. */
public class ReportException extends LearningException {

    public ReportException(String code, String message) {
        super(code, message);
    }
}
