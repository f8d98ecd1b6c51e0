package cn.gov.egov.conference.notification.sms;

/**
 * Sends one text message. The platform ships {@link HttpSmsGateway}, created only when
 * {@code conference.notifications.sms.enabled=true}; a deployment may provide its own bean instead.
 */
public interface SmsGateway {

    /**
     * @param mobile an 11-digit mainland mobile number
     * @throws SmsDeliveryException when the gateway cannot be reached or refuses the message
     */
    void send(String mobile, String text);
}
