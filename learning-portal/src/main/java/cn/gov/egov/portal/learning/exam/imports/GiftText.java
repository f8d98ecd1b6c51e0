package cn.gov.egov.portal.learning.exam.imports;

/**
 * GIFT's escaping: a backslash makes the next of {@code ~ = # { } : \} literal; {@code \n} is a line break. Searches
 * here skip escaped characters.
 */
final class GiftText {

    private GiftText() {
    }

    /** The index of {@code target} at or after {@code from} that is not escaped, or -1. */
    static int indexOf(String s, String target, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code target} occurs unescaped. */
    static boolean contains(String s, String target) {
        return indexOf(s, target, 0) >= 0;
    }

    /** Escapes resolved; other backslashes kept as they are. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if ("~=#{}:\\".indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
