package cn.gov.egov.portal.learning.certificate;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a text into a box of a given width: the largest font size from a range at which it wraps into the allowed
 * lines; at the smallest size the last line ends in an ellipsis (…) instead. Wrapping is per character (Chinese
 * has no spaces between words); a line never starts with a space.
 */
final class TextFit {

    static final String ELLIPSIS = "…";

    /** The lines to draw and the size to draw them at; {@code shortened} when the text did not fit whole. */
    record Fitted(List<String> lines, float size, boolean shortened) {
    }

    private TextFit() {
    }

    /**
     * Text as it may be printed: control, separator and invisible formatting characters (line breaks, tabs,
     * right-to-left overrides, zero-width characters) become a space or disappear; runs of spaces become one.
     * The ideographic space stays. Anything else (private-use or unassigned code points) is kept, so that a font
     * without it fails clearly instead of a name being printed wrong.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                return;
            }
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (space && cp != '\u3000') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    static Fitted fit(String text, CertificateFont font, float maxSize, float minSize, float width, int maxLines) {
        for (float size = maxSize; size >= minSize; size -= 0.5f) {
            List<String> lines = wrap(text, font, size, width);
            if (lines.size() <= maxLines) {
                return new Fitted(lines, size, false);
            }
        }
        List<String> lines = wrap(text, font, minSize, width);
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
        String rest = String.join("", lines.subList(maxLines - 1, lines.size()));
        kept.add(ellipsize(rest, font, minSize, width));
        return new Fitted(List.copyOf(kept), minSize, true);
    }

    /** {@code text} itself if it fits in {@code width}, otherwise its longest start that fits with "…" added. */
    static String ellipsize(String text, CertificateFont font, float size, float width) {
        if (font.width(text, size) <= width) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        for (int n = cps.length - 1; n >= 0; n--) {
            String candidate = new String(cps, 0, n).stripTrailing() + ELLIPSIS;
            if (font.width(candidate, size) <= width) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }

    /** Greedy per-character wrapping; a single character wider than the box still gets its own line. */
    static List<String> wrap(String text, CertificateFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (int cp : text.codePoints().toArray()) {
            String ch = Character.toString(cp);
            float w = font.width(ch, size);
            if (!line.isEmpty() && lineWidth + w > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (line.isEmpty() && cp == ' ') {
                continue;
            }
            line.append(ch);
            lineWidth += w;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
