package cn.gov.egov.portal.learning.exam.imports;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a GIFT question between braces, parsed: its kind, the answers with their weights, and the general
 * feedback (after {@code ####}), which becomes the explanation. Texts are still escaped: the importer resolves the
 * escapes once, when it turns them into question text.
 */
record GiftAnswers(Kind kind, List<Choice> choices, Boolean judgement, String generalFeedback) {

    enum Kind { TRUE_FALSE, CHOICES, ESSAY, NUMERICAL, MATCHING }

    /**
     * One answer: {@code =} (right) or {@code ~} (wrong, or weighted), its weight in percent when given
     * ({@code ~%50%}), and its text (still escaped; feedback after {@code #} dropped).
     */
    record Choice(boolean equalsSign, Double weight, String text) {

        /** The credit in percent: an explicit weight, else 100 for {@code =} and 0 for {@code ~}. */
        double credit() {
            return weight != null ? weight : equalsSign ? 100 : 0;
        }
    }

    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)(T|TRUE|F|FALSE)\\s*(#.*)?", Pattern.DOTALL);
    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d{1,3}(?:\\.\\d+)?)%");

    static GiftAnswers parse(String body) {
        String b = body.strip();
        String general = "";
        int feedback = GiftText.indexOf(b, "####", 0);
        if (feedback >= 0) {
            general = b.substring(feedback + 4).strip();
            b = b.substring(0, feedback).strip();
        }
        if (b.isEmpty()) {
            return new GiftAnswers(Kind.ESSAY, List.of(), null, general);
        }
        if (b.startsWith("#")) {
            return new GiftAnswers(Kind.NUMERICAL, List.of(), null, general);
        }
        Matcher tf = TRUE_FALSE.matcher(b);
        if (tf.matches()) {
            boolean value = Character.toUpperCase(tf.group(1).charAt(0)) == 'T';
            return new GiftAnswers(Kind.TRUE_FALSE, List.of(), value, general);
        }
        if (b.charAt(0) != '=' && b.charAt(0) != '~') {
            throw new ExamException("gift-syntax", "答案部分无法识别：应以 = 或 ~ 开头，或为 T/F");
        }
        List<Choice> choices = new ArrayList<>();
        for (int at = 0; at < b.length(); ) {
            int next = nextMarker(b, at + 1);
            String token = b.substring(at + 1, next);
            if (GiftText.contains(token, "->")) {
                return new GiftAnswers(Kind.MATCHING, List.of(), null, general);
            }
            choices.add(choice(b.charAt(at) == '=', token));
            at = next;
        }
        return new GiftAnswers(Kind.CHOICES, choices, null, general);
    }

    /** The index of the next unescaped {@code =} or {@code ~} at or after {@code from}, or the end. */
    private static int nextMarker(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                return i;
            }
        }
        return s.length();
    }

    private static Choice choice(boolean equalsSign, String token) {
        String t = token.strip();
        Double weight = null;
        Matcher w = WEIGHT.matcher(t);
        if (w.lookingAt()) {
            weight = Double.valueOf(w.group(1));
            t = t.substring(w.end());
        } else if (t.startsWith("%")) {
            throw new ExamException("gift-syntax", "答案权重格式错误，应为 %50% 这样的形式");
        }
        int feedback = GiftText.indexOf(t, "#", 0);
        if (feedback >= 0) {
            t = t.substring(0, feedback);
        }
        return new Choice(equalsSign, weight, t.strip());
    }
}
