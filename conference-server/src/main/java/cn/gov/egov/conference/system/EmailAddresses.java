package cn.gov.egov.conference.system;

import java.util.regex.Pattern;

/** The plain e-mail addresses we accept: one {@code local@domain.tld}, no display name, at most 254 characters. */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && EMAIL.matcher(address).matches();
    }
}
