package cn.gov.egov.portal.learning.exam.bank;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How a fill-in answer is compared with the accepted ones. Always: Unicode NFKC (full-width letters, digits and the
 * ideographic space become their ASCII forms: {@code ＡＢＣ１} = {@code ABC1}), and leading/trailing whitespace
 * dropped. Then: case folded unless {@code caseSensitive}; inner whitespace collapsed to one space, or removed
 * altogether with {@code ignoreSpaces} ({@code 中 国} = {@code 中国}).
 */
public record FillInRule(boolean caseSensitive, boolean ignoreSpaces) {

    /** Case-insensitive, inner whitespace collapsed (Moodle's short-answer default). */
    public static final FillInRule DEFAULT = new FillInRule(false, false);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (!caseSensitive) {
            s = s.toLowerCase(Locale.ROOT);
        }
        return SPACES.matcher(s).replaceAll(ignoreSpaces ? "" : " ");
    }

    /** A predicate true for texts equal to {@code text} after normalisation. */
    public Predicate<String> matcher(String text) {
        String target = normalise(text);
        return other -> normalise(other).equals(target);
    }
}
