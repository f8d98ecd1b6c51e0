package cn.gov.egov.portal.media;

/** media-worker could not be reached or refused a call. */
public class MediaWorkerException extends RuntimeException {

    public MediaWorkerException(String message, Throwable cause) {
        super(message, cause);
    }
}
