package cn.gov.egov.colibri;

/** The bridge did not answer, answered too late, failed (5xx) or answered something that is not Colibri2. */
public class BridgeUnavailableException extends BridgeException {

    private final int status;

    public BridgeUnavailableException(String message, Throwable cause) {
        this(0, message, cause);
    }

    public BridgeUnavailableException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the bridge failed with (5xx), or 0 when it did not answer or answered no Colibri2. */
    public int status() {
        return status;
    }

    @Override
    public boolean removeBridge() {
        return true;
    }
}
