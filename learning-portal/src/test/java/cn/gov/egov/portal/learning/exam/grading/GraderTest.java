package cn.gov.egov.portal.learning.exam.grading;

import static cn.gov.egov.portal.learning.exam.ExamSamples.LAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.paper.MultipleChoiceScoring;
import cn.gov.egov.portal.learning.exam.paper.Paper;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Marking by type, on the learner's own letters, and the attempt's total and percentage. */
class GraderTest {

    static final MultipleChoiceScoring ALL = MultipleChoiceScoring.ALL_OR_NOTHING;
    static final MultipleChoiceScoring PART = MultipleChoiceScoring.PROPORTIONAL;

    /** Right option o2, shown in the order o3 o1 o2 o4: the right letter is C. */
    final PaperQuestion single = new PaperQuestion(
            Question.single("s", LAW, "单选", List.of("甲", "乙", "丙", "丁"), 1), new BigDecimal("2"),
            List.of("o3", "o1", "o2", "o4"));
    /** Right options o1 o2 o4 of five, shown in bank order: A B D; 3 marks. */
    final PaperQuestion multiple = new PaperQuestion(
            Question.multiple("m", LAW, "多选", List.of("甲", "乙", "丙", "丁", "戊"), Set.of(0, 1, 3)),
            new BigDecimal("3"), List.of("o1", "o2", "o3", "o4", "o5"));
    final PaperQuestion judgement = PaperQuestion.unshuffled(Question.trueFalse("t", LAW, "判断", false));
    final PaperQuestion fillIn = PaperQuestion.unshuffled(Question.fillIn("f", LAW, "填空", List.of("Beijing", "北京"),
            FillInRule.DEFAULT));

    static BigDecimal awarded(QuestionScore s) {
        return s.awarded();
    }

    @Test
    void singleChoiceIsMarkedByTheLetterOnTheLearnersPaper() {
        assertThat(Grader.grade(single, Answer.Choice.of("C"), ALL))
                .isEqualTo(new QuestionScore("s", Correctness.CORRECT, new BigDecimal("2.00"), new BigDecimal("2.00")));
        assertThat(Grader.grade(single, Answer.Choice.of("B"), ALL).correctness())
                .as("B is o1 on this paper, though o2 is the bank's second option").isEqualTo(Correctness.WRONG);
        assertThat(Grader.grade(single, Answer.Choice.of("C", "A"), ALL).awarded()).isEqualByComparingTo("0");
        assertThat(Grader.grade(single, Answer.Choice.of("F"), ALL).correctness()).isEqualTo(Correctness.WRONG);
    }

    @Test
    void multipleChoiceAllOrNothing() {
        assertThat(Grader.grade(multiple, Answer.Choice.of("D", "A", "B"), ALL).correctness())
                .isEqualTo(Correctness.CORRECT);
        assertThat(awarded(Grader.grade(multiple, Answer.Choice.of("A", "B"), ALL))).isEqualByComparingTo("0");
        assertThat(Grader.grade(multiple, Answer.Choice.of("A", "B"), ALL).correctness())
                .isEqualTo(Correctness.WRONG);
        assertThat(awarded(Grader.grade(multiple, Answer.Choice.of("A", "B", "C", "D"), ALL)))
                .isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceProportionalGivesPartMarksOnlyWithoutAWrongOption() {
        QuestionScore two = Grader.grade(multiple, Answer.Choice.of("A", "B"), PART);
        assertThat(two.correctness()).isEqualTo(Correctness.PARTIAL);
        assertThat(two.awarded()).isEqualTo(new BigDecimal("2.00"));
        PaperQuestion twoMarks = new PaperQuestion(multiple.question(), new BigDecimal("2"), multiple.optionOrder());
        QuestionScore one = Grader.grade(twoMarks, Answer.Choice.of("D"), PART);
        assertThat(one.awarded()).as("2 × 1/3 rounded down").isEqualTo(new BigDecimal("0.66"));
        assertThat(Grader.grade(multiple, Answer.Choice.of("A", "B", "C"), PART).correctness())
                .as("a wrong option earns nothing").isEqualTo(Correctness.WRONG);
        assertThat(Grader.grade(multiple, Answer.Choice.of("A", "B", "D"), PART).awarded())
                .isEqualTo(new BigDecimal("3.00"));
        assertThat(Grader.grade(single, Answer.Choice.of("A"), PART).correctness())
                .as("proportional is for multiple choice only").isEqualTo(Correctness.WRONG);
    }

    @Test
    void trueFalseAndFillIn() {
        assertThat(Grader.grade(judgement, new Answer.TrueFalse(false), ALL).correctness())
                .isEqualTo(Correctness.CORRECT);
        assertThat(Grader.grade(judgement, new Answer.TrueFalse(true), ALL).awarded()).isEqualByComparingTo("0");
        assertThat(Grader.grade(fillIn, new Answer.Text("  beiJING "), ALL).correctness())
                .isEqualTo(Correctness.CORRECT);
        assertThat(Grader.grade(fillIn, new Answer.Text("北京"), ALL).correctness()).isEqualTo(Correctness.CORRECT);
        assertThat(Grader.grade(fillIn, new Answer.Text("北京市"), ALL).correctness()).isEqualTo(Correctness.WRONG);
    }

    @Test
    void blankAndMismatchedAnswersEarnNothing() {
        assertThat(Grader.grade(single, null, ALL).correctness()).isEqualTo(Correctness.UNANSWERED);
        assertThat(Grader.grade(multiple, Answer.Choice.of(), ALL).correctness())
                .isEqualTo(Correctness.UNANSWERED);
        assertThat(Grader.grade(fillIn, new Answer.Text("   "), ALL).correctness())
                .isEqualTo(Correctness.UNANSWERED);
        assertThat(Grader.grade(judgement, new Answer.Text("对"), ALL).correctness()).isEqualTo(Correctness.WRONG);
        assertThat(Grader.grade(fillIn, new Answer.TrueFalse(true), ALL).correctness()).isEqualTo(Correctness.WRONG);
    }

    @Test
    void theAttemptTotalAndAPercentageRoundedDown() {
        Paper paper = new Paper(List.of(single, multiple, judgement, fillIn), ALL);
        AttemptScore score = Grader.grade(paper, Map.of(
                "s", Answer.Choice.of("C"),
                "m", Answer.Choice.of("A"),
                "f", new Answer.Text("北京")));
        assertThat(score.points()).isEqualTo(new BigDecimal("3.00"));
        assertThat(score.maxPoints()).isEqualTo(new BigDecimal("7.00"));
        assertThat(score.percent()).as("3/7 = 42.857…").isEqualTo(new BigDecimal("42.85"));
        assertThat(score.count(Correctness.UNANSWERED)).isEqualTo(1);
        assertThat(score.questions()).extracting(QuestionScore::questionId).containsExactly("s", "m", "t", "f");
        assertThat(AttemptScore.percent(new BigDecimal("59.999"), new BigDecimal("100")))
                .isEqualTo(new BigDecimal("59.99"));
        assertThat(new AttemptScore(List.of(), BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("59.99")).passes(60))
                .isFalse();
        assertThat(new AttemptScore(List.of(), BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("60.00")).passes(60))
                .isTrue();
    }

    @Test
    void answersAreCheckedOnTheWayIn() {
        assertThat(Answer.Choice.of("C", "A", "C").labels()).containsExactly("A", "C");
        assertThatThrownBy(() -> Answer.Choice.of("o1")).isInstanceOf(ExamException.class);
        assertThatThrownBy(() -> Answer.Choice.of("M")).isInstanceOf(ExamException.class);
        assertThatThrownBy(() -> new Answer.Text("长".repeat(501))).isInstanceOf(ExamException.class)
                .extracting(e -> ((ExamException) e).code()).isEqualTo("answer-too-long");
    }
}
