package cn.gov.egov.portal.learning.exam.imports;

import cn.gov.egov.portal.learning.exam.bank.SafeText;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML from Moodle (and GIFT {@code [html]}) to plain text: tags dropped, block tags (p, div, br, li…) as line breaks,
 * entities decoded, the content of script, style and similar elements dropped entirely, images and media removed
 * (and reported). The result is plain text and is stored as such — decoded {@code &lt;script&gt;} becomes the
 * characters {@code <script>}, which the views escape — so no markup from a file ever reaches a page.
 */
final class HtmlText {

    /** The text and whether images or media were removed from it. */
    record Result(String text, boolean mediaRemoved) {
    }

    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});");
    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "table", "blockquote", "hr", "pre", "section", "article", "dd", "dt", "figcaption");
    private static final Set<String> DROP_CONTENT = Set.of("script", "style", "template", "noscript", "svg", "math",
            "iframe", "object", "audio", "video", "head", "title");
    private static final Set<String> MEDIA = Set.of("img", "video", "audio", "iframe", "object", "embed", "svg",
            "canvas", "picture", "source", "math");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("thinsp", " "), Map.entry("hellip", "…"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("middot", "·"), Map.entry("times", "×"),
            Map.entry("divide", "÷"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("deg", "°"),
            Map.entry("plusmn", "±"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("bull", "•"),
            Map.entry("yen", "¥"), Map.entry("euro", "€"), Map.entry("sect", "§"), Map.entry("trade", "™"));

    private HtmlText() {
    }

    /** One left-to-right pass, linear in the length of the text whatever it contains. */
    static Result toPlain(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean media = false;
        Matcher entity = ENTITY.matcher(html);
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (c == '<' && i + 1 < n && (html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?')) {
                int end = html.indexOf('>', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '<' && startsTag(html, i)) {
                boolean closing = html.charAt(i + 1) == '/';
                int nameStart = closing ? i + 2 : i + 1;
                int nameEnd = nameStart;
                while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
                int end = tagEnd(html, nameEnd);
                if (end < 0) {
                    break;   // as a browser does: a tag still open at the end of the text is dropped
                }
                media |= MEDIA.contains(name);
                if (BLOCK.contains(name)) {
                    out.append('\n');
                }
                i = end;
                if (!closing && DROP_CONTENT.contains(name) && html.charAt(end - 2) != '/') {
                    i = afterClosing(html, name, i);
                }
            } else if (c == '&' && entity.region(i, n).lookingAt()) {
                out.append(decode(entity.group(1), entity.group()));
                i = entity.end();
            } else {
                out.append(c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' ? ' ' : c);
                i++;
            }
        }
        return new Result(tidy(out.toString()), media);
    }

    /** {@code <x} or {@code </x} with a letter x. */
    private static boolean startsTag(String s, int i) {
        int k = i + 1 < s.length() && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
        return k < s.length() && Character.isLetter(s.charAt(k)) && s.charAt(k) < 128;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }

    /** The index after the {@code >} ending the tag (quotes respected), or -1 when the text ends first. */
    private static int tagEnd(String s, int from) {
        char quote = 0;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return -1;
    }

    /** The index after {@code </name…>}, or the end of the text when it is never closed. */
    private static int afterClosing(String html, String name, int from) {
        Matcher close = Pattern.compile("</" + Pattern.quote(name) + "\\s*>", Pattern.CASE_INSENSITIVE)
                .matcher(html);
        return close.find(from) ? close.end() : html.length();
    }

    private static String decode(String body, String raw) {
        if (body.charAt(0) == '#') {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
            boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF);
            return valid ? Character.toString(cp) : "\uFFFD";
        }
        String named = NAMED.get(body);
        return named != null ? named : raw;
    }

    /** Runs of spaces collapsed, lines trimmed, empty lines dropped, control characters removed. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String clean = line.replaceAll(" {2,}", " ").strip();
            if (!clean.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(clean);
            }
        }
        return SafeText.plain(out.toString());
    }
}
