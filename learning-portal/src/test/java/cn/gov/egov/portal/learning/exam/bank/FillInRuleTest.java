package cn.gov.egov.portal.learning.exam.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Fill-in answers match after NFKC, trimming, whitespace and (unless case-sensitive) case folding. */
class FillInRuleTest {

    @Test
    void theDefaultIgnoresCaseOuterSpaceAndWidthAndCollapsesInnerSpace() {
        AnswerKey.Accepted key = new AnswerKey.Accepted(List.of("New York", "纽约"), FillInRule.DEFAULT);
        assertThat(key.accepts("new york")).isTrue();
        assertThat(key.accepts("  NEW   YORK\t")).isTrue();
        assertThat(key.accepts("ＮＥＷ\u3000ＹＯＲＫ")).as("full-width letters and ideographic space").isTrue();
        assertThat(key.accepts(" 纽约 ")).isTrue();
        assertThat(key.accepts("NewYork")).isFalse();
        assertThat(key.accepts("纽 约")).isFalse();
        assertThat(key.accepts("")).isFalse();
        assertThat(key.accepts(null)).isFalse();
    }

    @Test
    void caseSensitiveAndSpaceIgnoringRules() {
        AnswerKey.Accepted exact = new AnswerKey.Accepted(List.of("pH"), new FillInRule(true, false));
        assertThat(exact.accepts("pH")).isTrue();
        assertThat(exact.accepts("PH")).isFalse();
        assertThat(exact.accepts("ｐＨ")).as("width still folded").isTrue();
        AnswerKey.Accepted spaces = new AnswerKey.Accepted(List.of("中华人民共和国"), new FillInRule(false, true));
        assertThat(spaces.accepts("中华 人民 共和国")).isTrue();
        assertThat(spaces.accepts("中华人民共和")).isFalse();
    }
}
