package cn.gov.egov.portal.learning.exam.view;

import static cn.gov.egov.portal.learning.exam.ExamSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.AttemptRules;
import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.ExamPolicy;
import cn.gov.egov.portal.learning.exam.attempt.ReviewLevel;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correct answers never reach the browser before grading: every view type serialised with Jackson carries no
 * answer-key data, and two banks that differ only in their answer keys and explanations give byte-identical JSON.
 */
class ViewLeakTest {

    static final UUID LEARNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final CategoryPath CAT = CategoryPath.of("测试");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static QuestionBank bank(int single, Set<Integer> multiple, boolean judgement, String accepted, String secret) {
        List<String> options = List.of("选项甲", "选项乙", "选项丙", "选项丁");
        return QuestionBank.of(List.of(
                Question.single("v-s", CAT, "单选题干", options, single).withExplanation(secret + "-S"),
                Question.multiple("v-m", CAT, "多选题干", options, multiple).withExplanation(secret + "-M"),
                Question.trueFalse("v-t", CAT, "判断题干", judgement).withExplanation(secret + "-T"),
                Question.fillIn("v-f", CAT, "填空题干", List.of(accepted, "SECRET-FILL-COMMON"), FillInRule.DEFAULT)
                        .withExplanation(secret + "-F")));
    }

    static final QuestionBank BANK_A = bank(0, Set.of(0, 2), true, "SECRET-FILL-ALPHA", "SECRET-EXPLAIN-A");
    static final QuestionBank BANK_B = bank(3, Set.of(1), false, "SECRET-FILL-BETA", "SECRET-EXPLAIN-B");

    static Exam exam(ReviewLevel afterSubmit) {
        return new Exam("leak", "泄露测试", PaperSpec.fixed("v-s", "v-m", "v-t", "v-f"),
                ExamPolicy.defaults().withReview(afterSubmit, afterSubmit), T0, null);
    }

    /** The same learner actions on a bank: same seed, same answers at the same times. */
    static Attempt sit(QuestionBank bank, Exam exam, boolean submit) {
        AttemptRules rules = new AttemptRules(new SplittableRandom(11));
        Attempt a = rules.start(exam, bank, LEARNER, List.of(), LearnerHistory.none(), T0);
        Instant t = T0.plusSeconds(60);
        a = rules.saveAnswer(a, LEARNER, "v-s", Answer.Choice.of("B"), t);
        a = rules.saveAnswer(a, LEARNER, "v-m", Answer.Choice.of("A", "C"), t);
        a = rules.saveAnswer(a, LEARNER, "v-t", new Answer.TrueFalse(true), t);
        a = rules.saveAnswer(a, LEARNER, "v-f", new Answer.Text("我的答案"), t);
        return submit ? rules.submit(a, LEARNER, t.plusSeconds(1)).attempt() : a;
    }

    static void noAnswerKeyIn(String json) {
        assertThat(json).doesNotContain("SECRET", "\"o1\"", "\"o2\"", "\"o3\"", "\"o4\"")
                .doesNotContainIgnoringCase("accepted").doesNotContainIgnoringCase("\"key\"")
                .doesNotContain("\"correctAnswer\":{", "\"explanation\":\"", "\"explanationHtml\":\"");
    }

    @Test
    void everyViewDuringAnAttemptIsFreeOfAnswerKeyData() {
        Exam exam = exam(ReviewLevel.CORRECT_ANSWERS);
        AttemptView view = ExamViews.attempt(exam, sit(BANK_A, exam, false), T0.plusSeconds(90));
        List<Object> all = new ArrayList<>(List.of(view));
        all.addAll(view.questions());
        view.questions().forEach(q -> all.addAll(q.options()));
        all.addAll(view.answers());
        assertThat(all).hasSizeGreaterThan(10);
        for (Object part : all) {
            String json = JSON.writeValueAsString(part);
            noAnswerKeyIn(json);
            assertThat(json).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("explanation");
        }
        assertThat(JSON.writeValueAsString(view)).contains("选项甲", "单选题干", "我的答案", "\"remainingSeconds\":3510");
    }

    @Test
    void banksDifferingOnlyInTheirKeysGiveIdenticalAttemptJson() {
        Exam exam = exam(ReviewLevel.CORRECT_ANSWERS);
        String a = JSON.writeValueAsString(ExamViews.attempt(exam, sit(BANK_A, exam, false), T0.plusSeconds(90)));
        String b = JSON.writeValueAsString(ExamViews.attempt(exam, sit(BANK_B, exam, false), T0.plusSeconds(90)));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void reviewsBelowCorrectAnswersRevealNoKeyEither() {
        for (ReviewLevel level : List.of(ReviewLevel.NOTHING, ReviewLevel.SCORE, ReviewLevel.CORRECTNESS)) {
            Exam exam = exam(level);
            for (QuestionBank bank : List.of(BANK_A, BANK_B)) {
                ReviewView review = ExamViews.review(exam, sit(bank, exam, true), T0.plusSeconds(120));
                noAnswerKeyIn(JSON.writeValueAsString(review));
                for (QuestionReview q : review.questions()) {
                    noAnswerKeyIn(JSON.writeValueAsString(q));
                }
            }
        }
        Exam nothing = exam(ReviewLevel.NOTHING);
        assertThat(JSON.writeValueAsString(ExamViews.review(nothing, sit(BANK_A, nothing, true), T0)))
                .as("not even the score").isEqualTo(JSON.writeValueAsString(
                        ExamViews.review(nothing, sit(BANK_B, nothing, true), T0)));
    }

    @Test
    void theFullReviewRevealsTheKeyOnlyWhenAllowed() {
        Exam exam = exam(ReviewLevel.CORRECT_ANSWERS);
        String json = JSON.writeValueAsString(ExamViews.review(exam, sit(BANK_A, exam, true), T0.plusSeconds(120)));
        assertThat(json).contains("SECRET-FILL-ALPHA", "SECRET-EXPLAIN-A-S", "\"correctAnswer\":{");
    }
}
