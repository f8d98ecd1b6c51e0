package cn.gov.egov.portal.learning.exam.bank;

/**
 * Question texts are plain text: stored as the author wrote them (after the clean-up below) and escaped whenever
 * they are rendered as HTML. Nothing in a stored text is ever interpreted as markup, so {@code <script>} in a stem
 * shows as the characters {@code <script>}.
 */
public final class SafeText {

    private SafeText() {
    }

    /**
     * Line breaks as {@code \n}; control characters other than newline and tab, and the Unicode bidi overrides
     * (which can make text read differently from what it is), removed; leading and trailing whitespace stripped.
     */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || isBidiControl(c)
                    || c == '\u2028' || c == '\u2029' || c == '\uFEFF')) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** {@link #plain} on one line: every run of whitespace (newlines included) becomes one space. */
    public static String singleLine(String text) {
        return plain(text).replaceAll("\\s+", " ");
    }

    /** The text with {@code & < > " '} escaped, safe inside HTML elements and quoted attributes. */
    public static String escapeHtml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text as an HTML fragment: escaped, each newline a {@code <br>}. The only markup it ever contains. */
    public static String toHtml(String plain) {
        return escapeHtml(plain).replace("\n", "<br>");
    }

    /** The first {@code max} characters on one line, with an ellipsis when cut (for reports and names). */
    public static String excerpt(String text, int max) {
        String line = singleLine(text);
        return line.codePointCount(0, line.length()) <= max ? line
                : line.substring(0, line.offsetByCodePoints(0, max)) + "…";
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }
}
