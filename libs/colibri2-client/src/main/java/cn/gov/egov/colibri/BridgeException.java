package cn.gov.egov.colibri;

/** A call to a bridge failed. Subclasses say whether the bridge is to blame or the request. */
public abstract class BridgeException extends RuntimeException {

    protected BridgeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the focus should stop choosing this bridge (it is down, hangs or answers nonsense). */
    public abstract boolean removeBridge();
}
