package cn.gov.egov.conference.notification;

/**
 * How to reach a portal user outside the portal. Any part may be null when unknown.
 *
 * @param displayName the user's name to greet them with
 * @param email       an e-mail address
 * @param mobile      a mobile number for SMS
 */
public record UserContact(String displayName, String email, String mobile) {

    public static final UserContact UNKNOWN = new UserContact(null, null, null);
}
