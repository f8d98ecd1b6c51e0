package cn.gov.egov.portal.learning.document;

/**
 * A document upload or viewing was refused. {@link #code()} is translated for the user as
 * {@code document.error.<code>}; the message is the Chinese text for logs and API answers.
 */
public class DocumentException extends RuntimeException {

    private final String code;

    public DocumentException(String code, String message) {
        super(message);
        this.code = code;
    }

    public DocumentException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
