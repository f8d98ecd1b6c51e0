package cn.gov.egov.portal.conference;

/** conference-server could not be reached or refused the call. */
public class ConferenceServerException extends RuntimeException {
    public ConferenceServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
