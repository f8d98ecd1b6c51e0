package cn.gov.egov.conference.control;

/** The controller has no authority for this action on this venue (分级管理). */
public final class ControlDeniedException extends ControlException {

    public ControlDeniedException(String code, String message) {
        this(code, message, null);
    }

    ControlDeniedException(String code, String message, AuditRecord audit) {
        super(code, message, audit);
    }

    @Override
    ControlDeniedException withAudit(AuditRecord record) {
        return new ControlDeniedException(code(), getMessage(), record);
    }
}
