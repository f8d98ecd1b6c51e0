package cn.gov.egov.portal.people.admin;

/**
 * A department or user change that is not allowed as asked: a blank or overlong name, a name taken in the same
 * place, a move under its own descendant, too deep a tree. {@link #code()} keys the message in the translations
 * ({@code people.error.<code>}); the message is Chinese for logs and callers without translations.
 */
public class PeopleInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public PeopleInputException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
