package cn.gov.egov.conference.control;

/**
 * The action is not valid now or not well formed: an unknown venue, nothing to cancel or grant, a conference that
 * ended, a bad parameter.
 */
public final class ControlRejectedException extends ControlException {

    public ControlRejectedException(String code, String message) {
        this(code, message, null);
    }

    ControlRejectedException(String code, String message, AuditRecord audit) {
        super(code, message, audit);
    }

    @Override
    ControlRejectedException withAudit(AuditRecord record) {
        return new ControlRejectedException(code(), getMessage(), record);
    }
}
