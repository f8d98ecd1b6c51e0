package cn.gov.egov.portal.people;

/**
 * A rule about people or organisation was broken. {@link #code()} is stable for programs (and i18n keys,
 * {@code people.<code>}); {@link #getMessage()} is the Chinese text shown to users.
 */
public class PeopleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public PeopleException(String code, String message) {
        super(message);
        this.code = code;
    }

    public PeopleException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
