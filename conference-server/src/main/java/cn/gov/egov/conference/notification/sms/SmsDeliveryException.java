package cn.gov.egov.conference.notification.sms;

import cn.gov.egov.conference.notification.DeliveryException;

/** The SMS gateway could not be reached, or refused the message (permanent when it answered 4xx). */
public class SmsDeliveryException extends DeliveryException {

    public SmsDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, permanent, cause);
    }
}
