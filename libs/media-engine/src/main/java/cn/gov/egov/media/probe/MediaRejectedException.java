package cn.gov.egov.media.probe;

/**
 * The file is not media we can turn into a stream, for a reason retrying cannot fix. {@link #reason()} is a stable
 * code the portal translates; the message says it in English for logs.
 */
public class MediaRejectedException extends RuntimeException {

    /** Why a file was refused; the portal shows a Chinese sentence for each. */
    public enum Reason {
        SOURCE_MISSING, EMPTY_FILE, TOO_LARGE, NOT_MEDIA, TRUNCATED, IMAGE_NOT_VIDEO, NO_STREAMS, TOO_LONG, UNDECODABLE,
        UNSUPPORTED_CODEC
    }

    private final Reason reason;

    public MediaRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MediaRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
