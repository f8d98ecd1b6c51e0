package cn.gov.egov.portal.learning.exam.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each question type's shape rules, and the text clean-up every question gets. */
class QuestionTest {

    static final CategoryPath LAW = CategoryPath.of("安全生产", "法规");

    static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(ExamException.class).satisfies(e -> {
            assertThat(((ExamException) e).code()).isEqualTo(code);
            assertThat(e.getMessage()).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void aSingleChoiceQuestionHasExactlyOneRightOption() {
        Question q = Question.single("q1", LAW, "安全生产法自何时施行？", List.of("2002年", "2014年", "2021年"), 2);
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.optionIds()).containsExactly("o1", "o2", "o3");
        assertThat(q.key()).isEqualTo(new AnswerKey.Choices(Set.of("o3")));
        assertThat(q.points()).isEqualTo(new BigDecimal("1.00"));
        assertThat(q.name()).isEqualTo("安全生产法自何时施行？");
        refused(() -> Question.choice("q2", LAW, QuestionType.SINGLE, "题干", List.of("甲", "乙"), Set.of(0, 1)),
                "single-needs-one-correct");
        refused(() -> Question.choice("q2", LAW, QuestionType.SINGLE, "题干", List.of("甲", "乙"), Set.of()),
                "single-needs-one-correct");
    }

    @Test
    void aMultipleChoiceQuestionHasAtLeastOneRightOption() {
        Question q = Question.multiple("q1", LAW, "哪些属于？", List.of("甲", "乙", "丙"), Set.of(0, 2));
        assertThat(((AnswerKey.Choices) q.key()).correctOptionIds()).containsExactlyInAnyOrder("o1", "o3");
        refused(() -> Question.multiple("q2", LAW, "题干", List.of("甲", "乙"), Set.of()), "multiple-needs-correct");
        refused(() -> Question.multiple("q2", LAW, "题干", List.of("甲", "乙"), Set.of(5)), "unknown-correct-option");
    }

    @Test
    void choiceQuestionsHaveTwoToTwelveDistinctOptions() {
        refused(() -> Question.single("q", LAW, "题干", List.of("甲"), 0), "too-few-options");
        List<String> thirteen = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        refused(() -> Question.single("q", LAW, "题干", thirteen, 0), "too-many-options");
        assertThat(Question.single("q", LAW, "题干", thirteen.subList(0, 12), 0).options()).hasSize(12);
        refused(() -> Question.single("q", LAW, "题干", List.of("甲", " 甲 "), 0), "duplicate-option");
        refused(() -> Question.single("q", LAW, "题干", List.of("ABC", "abc"), 0), "duplicate-option");
        refused(() -> Question.single("q", LAW, "题干", List.of("甲", " "), 0), "option-empty");
    }

    @Test
    void trueFalseAndFillInQuestionsHaveNoOptionsAndTheRightKind() {
        Question tf = Question.trueFalse("q1", LAW, "地球是圆的。", true);
        assertThat(tf.key()).isEqualTo(new AnswerKey.Judgement(true));
        assertThat(tf.options()).isEmpty();
        refused(() -> new Question("q2", LAW, QuestionType.TRUE_FALSE, "", "题干",
                List.of(new ChoiceOption("o1", "对"), new ChoiceOption("o2", "错")), new AnswerKey.Judgement(true),
                Points.ONE, "", true), "options-not-allowed");
        refused(() -> new Question("q3", LAW, QuestionType.FILL_IN, "", "题干", List.of(),
                new AnswerKey.Judgement(true), Points.ONE, "", true), "answer-key-mismatch");
        refused(() -> new Question("q4", LAW, QuestionType.SINGLE, "", "题干", List.of(),
                new AnswerKey.Accepted(List.of("x"), FillInRule.DEFAULT), Points.ONE, "", true),
                "answer-key-mismatch");
    }

    @Test
    void fillInNeedsANonBlankAcceptedAnswerAndDropsEquivalentOnes() {
        Question q = Question.fillIn("q1", LAW, "我国的首都是____。", List.of("北京", " 北京 ", "北京市", ""),
                FillInRule.DEFAULT);
        assertThat(((AnswerKey.Accepted) q.key()).answers()).containsExactly("北京", "北京市");
        refused(() -> Question.fillIn("q2", LAW, "题干", List.of(" ", ""), FillInRule.DEFAULT), "no-accepted-answer");
    }

    @Test
    void idsStemsAndPointsAreChecked() {
        refused(() -> Question.trueFalse("bad id!", LAW, "题干", true), "question-id-invalid");
        refused(() -> Question.trueFalse("q", LAW, " \n\t ", true), "stem-empty");
        refused(() -> Question.trueFalse("q", LAW, "长".repeat(4001), true), "stem-too-long");
        Question q = Question.trueFalse("q", LAW, "题干", true);
        refused(() -> q.withPoints(BigDecimal.ZERO), "points-invalid");
        refused(() -> q.withPoints(new BigDecimal("0.333")), "points-invalid");
        refused(() -> q.withPoints(new BigDecimal("1000.01")), "points-invalid");
        assertThat(q.withPoints(new BigDecimal("2.5")).points()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void textsAreStoredRawButCleanedOfControlAndBidiCharacters() {
        Question q = Question.trueFalse("q", LAW, "  <script>alert(1)</script>\r\n第二行\u202E反转\u0007  ", true)
                .withExplanation("解析\r\n");
        assertThat(q.stem()).isEqualTo("<script>alert(1)</script>\n第二行反转");
        assertThat(q.explanation()).isEqualTo("解析");
        assertThat(q.withName("  很长的名字\n换行 ").name()).isEqualTo("很长的名字 换行");
    }
}
