package cn.gov.egov.portal.people;

import java.util.regex.Pattern;

/** Cell text clean-up shared by the reader and the validator. */
final class Text {

    /** Whitespace Java's {@code strip} misses: no-break spaces, zero-width characters, byte-order marks. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u00A0\\u2007\\u202F\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u3000]+");

    private Text() {
    }

    /** Trimmed, with no-break and zero-width characters turned into plain spaces first; never null. */
    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return INVISIBLE.matcher(text).replaceAll(" ").strip();
    }

    /** {@link #clean} and every space inside removed too: for codes, ranks, header titles. */
    static String compact(String text) {
        return ANY_SPACE.matcher(clean(text)).replaceAll("");
    }
}
