package cn.gov.egov.conference.system.errors;

/** The addressed thing does not exist (or is not visible to the caller). */
public class NotFoundException extends RuntimeException {

    private final String code;

    public NotFoundException(String message) {
        this("not-found", message);
    }

    /** With a more precise code than {@code not-found} (e.g. {@code not-live}). */
    public NotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
