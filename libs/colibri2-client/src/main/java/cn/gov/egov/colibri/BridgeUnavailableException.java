package cn.gov.egov.colibri;

/** The bridge did not answer, answered too late, failed (5xx) or answered something that is not Colibri2. */
public class BridgeUnavailableException extends BridgeException {

    public BridgeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean removeBridge() {
        return true;
    }
}
