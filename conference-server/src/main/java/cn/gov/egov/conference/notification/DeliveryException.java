package cn.gov.egov.conference.notification;

/**
 * A notice could not be delivered over its channel. A permanent failure (an address the server refuses, a request
 * the gateway rejects) is not retried; any other is, with back-off.
 */
public class DeliveryException extends RuntimeException {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
