package cn.gov.egov.portal.learning.exam.view;

import static cn.gov.egov.portal.learning.exam.ExamSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.ExamSamples;
import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.AttemptRules;
import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.ExamPolicy;
import cn.gov.egov.portal.learning.exam.attempt.ReviewLevel;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.grading.Correctness;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The attempt page's data, the review levels before and after the exam closes, and escaped rendering. */
class ExamViewsTest {

    static final UUID LEARNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final Instant CLOSES = T0.plus(Duration.ofHours(3));

    final QuestionBank bank = ExamSamples.bank();
    final AttemptRules rules = new AttemptRules(new SplittableRandom(3));

    Exam exam(ReviewLevel afterSubmit, ReviewLevel afterClose) {
        return new Exam("exam-1", "安全生产法规测试", PaperSpec.fixed("law-s1", "law-m1", "law-t1", "eth-f1"),
                ExamPolicy.defaults().withReview(afterSubmit, afterClose), T0, CLOSES);
    }

    /** law-s1 right, law-m1 wrong, law-t1 unanswered, eth-f1 right: 2 of 4. */
    Attempt finished(Exam exam) {
        Attempt a = rules.start(exam, bank, LEARNER, List.of(), LearnerHistory.none(), T0);
        PaperQuestion single = a.paper().questions().get(0);
        PaperQuestion multiple = a.paper().questions().get(1);
        a = rules.saveAnswer(a, LEARNER, "law-s1", ExamSamples.rightAnswer(single), T0.plusSeconds(5));
        a = rules.saveAnswer(a, LEARNER, "law-m1", ExamSamples.wrongAnswer(multiple), T0.plusSeconds(6));
        a = rules.saveAnswer(a, LEARNER, "eth-f1", new Answer.Text("２０１２"), T0.plusSeconds(7));
        return rules.submit(a, LEARNER, T0.plusSeconds(600)).attempt();
    }

    @Test
    void theAttemptViewShowsThePaperAsPrintedTheSavedAnswersAndTheTimeLeft() {
        Exam exam = exam(ReviewLevel.SCORE, ReviewLevel.CORRECT_ANSWERS);
        Attempt a = rules.start(exam, bank, LEARNER, List.of(), LearnerHistory.none(), T0);
        a = rules.saveAnswer(a, LEARNER, "eth-f1", new Answer.Text("2012"), T0.plusSeconds(30));
        a = rules.saveAnswer(a, LEARNER, "law-s1", Answer.Choice.of("D"), T0.plusSeconds(40));
        AttemptView view = ExamViews.attempt(exam, a, T0.plus(Duration.ofMinutes(15)));
        assertThat(view.remainingSeconds()).isEqualTo(45 * 60);
        assertThat(view.deadline()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
        assertThat(view.questions()).extracting(QuestionView::number).containsExactly(1, 2, 3, 4);
        QuestionView single = view.questions().getFirst();
        PaperQuestion paperSingle = a.paper().questions().getFirst();
        assertThat(single.options()).extracting(OptionView::label).containsExactly("A", "B", "C", "D");
        assertThat(single.options()).extracting(OptionView::text)
                .containsExactlyElementsOf(paperSingle.orderedOptions().stream().map(o -> o.text()).toList());
        assertThat(single.typeName()).isEqualTo("单选题");
        assertThat(view.questions().get(2).options()).as("true/false: no options").isEmpty();
        assertThat(view.answers()).extracting(AnswerView::questionId).as("in paper order")
                .containsExactly("law-s1", "eth-f1");
        assertThat(view.answers().getFirst().choices()).containsExactly("D");
        assertThat(view.answers().getLast().text()).isEqualTo("2012");
        assertThat(view.answers().getLast().savedAt()).isEqualTo(T0.plusSeconds(30));
        Attempt done = rules.submit(a, LEARNER, T0.plusSeconds(50)).attempt();
        assertThatThrownBy(() -> ExamViews.attempt(exam, done, T0.plusSeconds(60))).isInstanceOf(ExamException.class);
        Attempt open = a;
        assertThatThrownBy(() -> ExamViews.review(exam, open, T0.plusSeconds(60)))
                .isInstanceOf(ExamException.class)
                .satisfies(e -> assertThat(((ExamException) e).code()).isEqualTo("attempt-not-finished"));
    }

    @Test
    void afterSubmittingOnlyTheScoreThenEverythingOnceTheExamCloses() {
        Exam exam = exam(ReviewLevel.SCORE, ReviewLevel.CORRECT_ANSWERS);
        Attempt done = finished(exam);

        ReviewView early = ExamViews.review(exam, done, T0.plusSeconds(700));
        assertThat(early.level()).isEqualTo(ReviewLevel.SCORE);
        assertThat(early.points()).isEqualTo(new BigDecimal("2.00"));
        assertThat(early.percent()).isEqualTo(new BigDecimal("50.00"));
        assertThat(early.passed()).isFalse();
        assertThat(early.questions()).isEmpty();
        assertThat(early.notice()).isEqualTo("考试结束后将显示正确答案和解析");

        ReviewView late = ExamViews.review(exam, done, CLOSES);
        assertThat(late.level()).isEqualTo(ReviewLevel.CORRECT_ANSWERS);
        assertThat(late.notice()).isEmpty();
        assertThat(late.questions()).extracting(QuestionReview::correctness)
                .containsExactly(Correctness.CORRECT, Correctness.WRONG, Correctness.UNANSWERED, Correctness.CORRECT);
        QuestionReview multiple = late.questions().get(1);
        PaperQuestion paperMultiple = done.paper().questions().get(1);
        assertThat(multiple.correctAnswer().choices()).containsExactlyElementsOf(paperMultiple.correctLabels());
        assertThat(multiple.explanation()).isEqualTo("多选解析 1");
        assertThat(late.questions().get(2).yourAnswer()).isNull();
        assertThat(late.questions().get(2).correctAnswer().judgement()).isTrue();
        assertThat(late.questions().get(3).correctAnswer().accepted()).containsExactly("2012");
        assertThat(late.questions().get(3).yourAnswer().text()).isEqualTo("２０１２");
    }

    @Test
    void correctnessShowsMarksButNotTheRightAnswers() {
        Exam exam = exam(ReviewLevel.CORRECTNESS, ReviewLevel.CORRECTNESS);
        ReviewView review = ExamViews.review(exam, finished(exam), CLOSES.plusSeconds(1));
        assertThat(review.questions()).hasSize(4).allSatisfy(q -> {
            assertThat(q.correctness()).isNotNull();
            assertThat(q.awarded()).isNotNull();
            assertThat(q.correctAnswer()).isNull();
            assertThat(q.explanation()).isNull();
            assertThat(q.explanationHtml()).isNull();
        });
        assertThat(review.questions().getFirst().correctnessName()).isEqualTo("正确");
    }

    @Test
    void nothingShowsOnlyThatThePaperWasHandedIn() {
        Exam exam = exam(ReviewLevel.NOTHING, ReviewLevel.NOTHING);
        ReviewView review = ExamViews.review(exam, finished(exam), CLOSES.plusSeconds(1));
        assertThat(review.statusName()).isEqualTo("已交卷");
        assertThat(review.submittedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(review.points()).isNull();
        assertThat(review.maxPoints()).isNull();
        assertThat(review.percent()).isNull();
        assertThat(review.passed()).isNull();
        assertThat(review.questions()).isEmpty();
    }

    @Test
    void afterCloseNeverShowsLessThanAfterSubmit() {
        ExamPolicy policy = ExamPolicy.defaults().withReview(ReviewLevel.CORRECTNESS, ReviewLevel.SCORE);
        assertThat(policy.reviewAfterClose()).isEqualTo(ReviewLevel.CORRECTNESS);
    }

    @Test
    void scriptInQuestionTextIsRenderedAsText() {
        CategoryPath cat = CategoryPath.of("XSS");
        QuestionBank xss = QuestionBank.of(List.of(Question.single("x1", cat,
                "<script>alert('stem')</script>\n哪一项正确？",
                List.of("<img src=x onerror=alert(1)>", "\"><svg onload=alert(2)>"), 0)
                .withExplanation("<b onmouseover=alert(3)>解析</b>")));
        Exam exam = new Exam("xss", "XSS", PaperSpec.fixed("x1"),
                ExamPolicy.defaults().withReview(ReviewLevel.CORRECT_ANSWERS, ReviewLevel.CORRECT_ANSWERS), T0, null);
        Attempt a = rules.start(exam, xss, LEARNER, List.of(), LearnerHistory.none(), T0);
        QuestionView q = ExamViews.attempt(exam, a, T0).questions().getFirst();
        assertThat(q.stem()).as("stored raw").startsWith("<script>");
        assertThat(q.stemHtml()).isEqualTo("&lt;script&gt;alert(&#39;stem&#39;)&lt;/script&gt;<br>哪一项正确？");
        assertThat(q.options()).allSatisfy(o -> assertThat(o.textHtml()).doesNotContain("<", ">", "\""));
        ReviewView review = ExamViews.review(exam, rules.submit(a, LEARNER, T0.plusSeconds(1)).attempt(),
                T0.plusSeconds(2));
        assertThat(review.questions().getFirst().explanationHtml())
                .isEqualTo("&lt;b onmouseover=alert(3)&gt;解析&lt;/b&gt;");
    }
}
