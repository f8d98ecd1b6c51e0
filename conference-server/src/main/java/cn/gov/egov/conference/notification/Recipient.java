package cn.gov.egov.conference.notification;

/**
 * Someone a notice goes to over one channel. Addresses are normalised (e-mail lower case, mobile numbers digits
 * only), so one address is one recipient however many rooms name it.
 *
 * @param label whom the notice greets; may be null
 */
public record Recipient(Notification.Channel channel, String address, String label) {

    /** The identity of a recipient: channel and address. */
    public String key() {
        return channel + ":" + address;
    }
}
