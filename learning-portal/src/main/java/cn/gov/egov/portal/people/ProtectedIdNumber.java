package cn.gov.egov.portal.people;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What the platform keeps of a 身份证号: the masked form for display and a keyed hash (HMAC-SHA256, hex) to find the
 * same person again — never the number itself. {@link #toString()} shows only the masked form.
 */
public record ProtectedIdNumber(String masked, String hash) {

    private static final Pattern MASKED = Pattern.compile("\\d{4}\\*{10}\\d{3}[\\dX]");

    public ProtectedIdNumber {
        if (masked == null || !MASKED.matcher(masked).matches()) {
            throw new IllegalArgumentException("masked ID number must look like 5301**********123X");
        }
        if (hash == null || hash.length() != 64 || !HexFormat.isHexDigit(hash.charAt(0))) {
            throw new IllegalArgumentException("hash must be 64 hex digits");
        }
    }

    @Override
    public String toString() {
        return masked;
    }
}
