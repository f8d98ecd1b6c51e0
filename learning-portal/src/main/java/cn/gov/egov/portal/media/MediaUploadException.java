package cn.gov.egov.portal.media;

/** An upload broke a rule; {@link #code()} is translated for the user as {@code media.upload.<code>}. */
public class MediaUploadException extends RuntimeException {

    private final String code;

    public MediaUploadException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
