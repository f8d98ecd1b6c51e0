package cn.gov.egov.conference.system.errors;

/** A unique rule was broken, e.g. two rooms of one region with the same name. */
public class DuplicateException extends RuntimeException {

    private final String code;

    public DuplicateException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
