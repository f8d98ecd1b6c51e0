package cn.gov.egov.portal.learning.exam.attempt;

import static cn.gov.egov.portal.learning.exam.ExamSamples.T0;
import static cn.gov.egov.portal.learning.exam.ExamSamples.rightAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.egov.portal.learning.exam.ExamSamples;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The exam grade across attempts: highest, last, first or average, against the pass mark. */
class FinalGradeTest {

    static final UUID LEARNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    final QuestionBank bank = ExamSamples.bank();
    final AttemptRules rules = new AttemptRules(new SplittableRandom(5));
    final ExamPolicy policy = ExamPolicy.defaults().withAttemptsAllowed(0);
    final Exam exam = ExamSamples.exam(policy);

    /** Attempts answering the first {@code right[i]} of the four questions right: 25 % per question. */
    List<Attempt> attempts(int... right) {
        List<Attempt> done = new ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            var now = T0.plusSeconds(1000L * i);
            Attempt a = rules.start(exam, bank, LEARNER, done, LearnerHistory.none(), now);
            for (int k = 0; k < right[i]; k++) {
                var q = a.paper().questions().get(k);
                a = rules.saveAnswer(a, LEARNER, q.questionId(), rightAnswer(q), now.plusSeconds(1));
            }
            done.add(rules.submit(a, LEARNER, now.plusSeconds(2)).attempt());
        }
        return done;
    }

    static FinalGrade grade(ExamPolicy policy, List<Attempt> attempts) {
        return FinalGrade.of(policy, attempts).orElseThrow();
    }

    @Test
    void highestTakesTheBestAttemptAndTheEarliestOnATie() {
        List<Attempt> a = attempts(2, 3, 1, 3);
        FinalGrade g = grade(policy, a);
        assertThat(g.percent()).isEqualTo(new BigDecimal("75.00"));
        assertThat(g.attemptId()).isEqualTo(a.get(1).id());
        assertThat(g.passed()).isTrue();
        assertThat(g.attemptsCounted()).isEqualTo(4);
    }

    @Test
    void lastFirstAndAverage() {
        List<Attempt> a = attempts(2, 4, 1);
        FinalGrade last = grade(policy.withGrading(GradingMethod.LAST), a);
        assertThat(last.percent()).isEqualTo(new BigDecimal("25.00"));
        assertThat(last.passed()).isFalse();
        assertThat(last.attemptId()).isEqualTo(a.get(2).id());
        assertThat(grade(policy.withGrading(GradingMethod.FIRST), a).percent()).isEqualTo(new BigDecimal("50.00"));
        FinalGrade average = grade(policy.withGrading(GradingMethod.AVERAGE), a);
        assertThat(average.percent()).as("(50 + 100 + 25) / 3 = 58.333…").isEqualTo(new BigDecimal("58.33"));
        assertThat(average.attemptId()).isNull();
        assertThat(average.passed()).isFalse();
        assertThat(grade(policy.withGrading(GradingMethod.AVERAGE).withPassPercent(58), a).passed()).isTrue();
    }

    @Test
    void thePassMarkIsReachedAtExactlyThePercentage() {
        List<Attempt> a = attempts(3);
        assertThat(grade(policy.withPassPercent(75), a).passed()).isTrue();
        assertThat(grade(policy.withPassPercent(76), a).passed()).isFalse();
        assertThat(grade(policy.withPassPercent(0), attempts(0)).passed()).isTrue();
    }

    @Test
    void openAttemptsDoNotCountAndWithoutAFinishedOneThereIsNoGrade() {
        Attempt open = rules.start(exam, bank, LEARNER, List.of(), LearnerHistory.none(), T0);
        assertThat(FinalGrade.of(policy, List.of(open))).isEmpty();
        assertThat(FinalGrade.of(policy, List.of())).isEmpty();
        List<Attempt> a = new ArrayList<>(attempts(1));
        a.add(rules.start(exam, bank, LEARNER, a, LearnerHistory.none(), T0.plusSeconds(5000)));
        assertThat(grade(policy.withGrading(GradingMethod.LAST), a).percent()).isEqualTo(new BigDecimal("25.00"));
    }
}
