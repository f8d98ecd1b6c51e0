package cn.gov.egov.conference.notification.mail;

import cn.gov.egov.conference.notification.DeliveryException;

/** The mail server could not be reached, or refused the message (permanent for addresses it rejects). */
public class MailDeliveryException extends DeliveryException {

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, permanent, cause);
    }
}
