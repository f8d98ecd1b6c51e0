package cn.gov.egov.colibri;

/**
 * The bridge refused the request (4xx). {@link #conferenceGone()} is true when it no longer knows the conference
 * (404: it restarted or expired it): allocate again from scratch, on this or another bridge. Otherwise the request
 * itself was wrong and repeating it will not help.
 */
public class AllocationRejectedException extends BridgeException {

    private final int status;

    public AllocationRejectedException(int status, String message) {
        super(message, null);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean conferenceGone() {
        return status == 404;
    }

    @Override
    public boolean removeBridge() {
        return false;
    }
}
