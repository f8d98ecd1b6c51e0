package cn.gov.egov.conference.control;

import java.util.Objects;
import java.util.Optional;

/**
 * A control action that was not carried out. The message is Chinese, for the user; {@link #code()} is an English
 * code for programs; {@link #audit()} is the record to write, when the refusal came from an action (a command that
 * could not even be parsed has none).
 */
public abstract sealed class ControlException extends RuntimeException
        permits ControlDeniedException, ControlRejectedException {

    private final String code;
    private final transient AuditRecord audit;

    protected ControlException(String code, String message, AuditRecord audit) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.audit = audit;
    }

    public String code() {
        return code;
    }

    public Optional<AuditRecord> audit() {
        return Optional.ofNullable(audit);
    }

    /** The same refusal with its audit record. */
    abstract ControlException withAudit(AuditRecord record);
}
