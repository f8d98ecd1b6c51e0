package cn.gov.egov.portal.learning;

/**
 * A learning rule was broken. {@link #code()} is stable for programs (and i18n keys, {@code learning.<code>});
 * {@link #getMessage()} is the Chinese text shown to users.
 */
public class LearningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public LearningException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
