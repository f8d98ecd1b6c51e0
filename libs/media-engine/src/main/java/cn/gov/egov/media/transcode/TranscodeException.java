package cn.gov.egov.media.transcode;

/** FFmpeg failed while transcoding, for a reason that is not known to be the file's fault (may be retried). */
public class TranscodeException extends RuntimeException {

    public TranscodeException(String message) {
        super(message);
    }

    public TranscodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
