package cn.gov.egov.conference.notification.sms;

import java.util.regex.Pattern;

/** Mainland China mobile numbers, the only ones SMS is sent to (room contacts often give landlines). Plain Java. */
public final class MobileNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

    private MobileNumbers() {
    }

    /** The 11-digit mobile number written in {@code phone} (spaces, dashes and +86 allowed), or null. */
    public static String normalize(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(phone).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? digits : null;
    }
}
