package cn.gov.egov.portal.learning.exam.attempt;

import static cn.gov.egov.portal.learning.exam.ExamSamples.T0;
import static cn.gov.egov.portal.learning.exam.ExamSamples.rightAnswer;
import static cn.gov.egov.portal.learning.exam.ExamSamples.wrongAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.ExamSamples;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.grading.Correctness;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;
import cn.gov.egov.portal.learning.exam.paper.Quota;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Starting, resuming, saving, submitting and closing attempts by the server clock. */
class AttemptRulesTest {

    static final UUID LEARNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final ExamPolicy POLICY = ExamPolicy.defaults();

    final QuestionBank bank = ExamSamples.bank();
    final Exam exam = ExamSamples.exam(POLICY);
    final AttemptRules rules = new AttemptRules(new SplittableRandom(42));

    static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(ExamException.class)
                .satisfies(e -> assertThat(((ExamException) e).code()).isEqualTo(code))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern("\\p{IsHan}"));
    }

    Attempt start(Instant now, List<Attempt> previous) {
        return rules.start(exam, bank, LEARNER, previous, LearnerHistory.none(), now);
    }

    PaperQuestion q(Attempt a, QuestionType type) {
        return a.paper().questions().stream().filter(q -> q.question().type() == type).findFirst().orElseThrow();
    }

    Attempt finished(Attempt a, Instant at) {
        return rules.submit(a, LEARNER, at).attempt();
    }

    @Test
    void anAttemptStartsWithAFreshPaperAndADeadlineFromTheTimeLimit() {
        Attempt a = start(T0.plusSeconds(5), List.of());
        assertThat(a.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(a.number()).isEqualTo(1);
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.startedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(a.deadline()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(60)));
        assertThat(a.paper().questionIds()).containsExactly("law-s1", "law-m1", "law-t1", "eth-f1");
        assertThat(a.answers()).isEmpty();
        assertThat(a.id()).matches("[0-9a-f-]{36}");
        assertThat(UUID.fromString(a.id()).version()).isEqualTo(4);
    }

    @Test
    void theDeadlineIsNeverAfterTheExamCloses() {
        Exam closing = new Exam("exam-1", "限时考试", exam.paper(), POLICY, T0, T0.plus(Duration.ofMinutes(90)));
        Attempt late = rules.start(closing, bank, LEARNER, List.of(), LearnerHistory.none(),
                T0.plus(Duration.ofMinutes(70)));
        assertThat(late.deadline()).isEqualTo(T0.plus(Duration.ofMinutes(90)));
        refused(() -> rules.start(closing, bank, LEARNER, List.of(), LearnerHistory.none(), T0.minusSeconds(1)),
                "exam-not-open");
        refused(() -> rules.start(closing, bank, LEARNER, List.of(), LearnerHistory.none(),
                T0.plus(Duration.ofMinutes(90))), "exam-closed");
    }

    @Test
    void aNewAttemptOnlyWhenNoneIsOpenAndAttemptsRemain() {
        Attempt first = start(T0, List.of());
        refused(() -> start(T0.plusSeconds(60), List.of(first)), "attempt-in-progress");
        refused(() -> start(first.deadline(), List.of(first)), "attempt-not-closed");
        List<Attempt> done = new ArrayList<>(List.of(finished(first, T0.plusSeconds(60))));
        Attempt second = start(T0.plusSeconds(120), done);
        assertThat(second.number()).isEqualTo(2);
        done.add(finished(second, T0.plusSeconds(180)));
        done.add(finished(start(T0.plusSeconds(200), done), T0.plusSeconds(300)));
        refused(() -> start(T0.plusSeconds(400), done), "no-attempts-left");
        Exam unlimited = exam.withPolicy(POLICY.withAttemptsAllowed(0));
        assertThat(rules.start(unlimited, bank, LEARNER, done, LearnerHistory.none(), T0.plusSeconds(400)).number())
                .isEqualTo(4);
        assertThatThrownBy(() -> rules.start(exam, bank, OTHER, done, LearnerHistory.none(), T0.plusSeconds(400)))
                .isInstanceOf(ExamException.class);
    }

    @Test
    void aLaterAttemptAtADrawnPaperPrefersQuestionsNotSeenBefore() {
        Exam drawn = new Exam("exam-2", "随机卷", PaperSpec.drawn(Quota.of(ExamSamples.LAW, QuestionType.SINGLE, 3)),
                POLICY, T0, null);
        Attempt first = rules.start(drawn, bank, LEARNER, List.of(), LearnerHistory.none(), T0);
        Attempt second = rules.start(drawn, bank, LEARNER, List.of(finished(first, T0.plusSeconds(1))),
                LearnerHistory.none(), T0.plusSeconds(2));
        Set<String> both = new HashSet<>(first.paper().questionIds());
        both.addAll(second.paper().questionIds());
        assertThat(both).as("six law singles, none repeated").hasSize(6);
    }

    @Test
    void resumeGivesTheOpenAttemptWithTheTimeLeftByTheServerClock() {
        Attempt a = start(T0, List.of());
        OpenAttempt open = rules.resume(List.of(a), LEARNER, T0.plus(Duration.ofMinutes(25))).orElseThrow();
        assertThat(open.attempt()).isSameAs(a);
        assertThat(open.remaining()).isEqualTo(Duration.ofMinutes(35));
        assertThat(rules.resume(List.of(a), OTHER, T0)).isEmpty();
        assertThat(rules.resume(List.of(a), LEARNER, a.deadline())).as("past the deadline").isEmpty();
        assertThat(rules.resume(List.of(finished(a, T0.plusSeconds(9))), LEARNER, T0.plusSeconds(10))).isEmpty();
    }

    @Test
    void answersAreSavedWithTheServerTimeAndMayBeChangedOrCleared() {
        Attempt a = start(T0, List.of());
        PaperQuestion single = q(a, QuestionType.SINGLE);
        Attempt saved = rules.saveAnswer(a, LEARNER, single.questionId(), Answer.Choice.of("B"), T0.plusSeconds(30));
        assertThat(saved.answers().get(single.questionId()))
                .isEqualTo(new SavedAnswer(single.questionId(), Answer.Choice.of("B"), T0.plusSeconds(30)));
        assertThat(saved.version()).isEqualTo(2);
        assertThat(a.answers()).as("the old version is untouched").isEmpty();
        assertThat(rules.saveAnswer(saved, LEARNER, single.questionId(), Answer.Choice.of("B"), T0.plusSeconds(40)))
                .as("the same answer again changes nothing").isSameAs(saved);
        Attempt changed = rules.saveAnswer(saved, LEARNER, single.questionId(), Answer.Choice.of("C"),
                T0.plusSeconds(50));
        assertThat(changed.answers().get(single.questionId()).savedAt()).isEqualTo(T0.plusSeconds(50));
        Attempt cleared = rules.saveAnswer(changed, LEARNER, single.questionId(), Answer.Choice.of(),
                T0.plusSeconds(60));
        assertThat(cleared.answers()).isEmpty();
        assertThat(cleared.version()).isEqualTo(4);
    }

    @Test
    void answersAtOrAfterTheDeadlineAreRefused() {
        Attempt a = start(T0, List.of());
        String id = q(a, QuestionType.TRUE_FALSE).questionId();
        Attempt lastMoment = rules.saveAnswer(a, LEARNER, id, new Answer.TrueFalse(true), a.deadline().minusMillis(1));
        assertThat(lastMoment.answers()).containsKey(id);
        refused(() -> rules.saveAnswer(lastMoment, LEARNER, id, new Answer.TrueFalse(false), a.deadline()),
                "deadline-passed");
        refused(() -> rules.saveAnswer(a, LEARNER, id, new Answer.TrueFalse(false), a.deadline().plusSeconds(3600)),
                "deadline-passed");
        Attempt auto = rules.autoSubmit(lastMoment);
        refused(() -> rules.saveAnswer(auto, LEARNER, id, new Answer.TrueFalse(false), a.deadline().plusSeconds(1)),
                "deadline-passed");
        Attempt submitted = finished(a, T0.plusSeconds(10));
        refused(() -> rules.saveAnswer(submitted, LEARNER, id, new Answer.TrueFalse(false), T0.plusSeconds(20)),
                "attempt-finished");
    }

    @Test
    void answersToUnknownQuestionsOrOptionsOrOfTheWrongKindAreRefused() {
        Attempt a = start(T0, List.of());
        Instant now = T0.plusSeconds(5);
        refused(() -> rules.saveAnswer(a, LEARNER, "law-s2", Answer.Choice.of("A"), now), "unknown-question");
        refused(() -> rules.saveAnswer(a, LEARNER, "law-s1", Answer.Choice.of("E"), now), "unknown-option");
        refused(() -> rules.saveAnswer(a, LEARNER, "law-s1", Answer.Choice.of("A", "B"), now), "single-needs-one");
        refused(() -> rules.saveAnswer(a, LEARNER, "law-s1", new Answer.Text("A"), now), "answer-type-mismatch");
        refused(() -> rules.saveAnswer(a, LEARNER, "law-t1", Answer.Choice.of("A"), now), "answer-type-mismatch");
        refused(() -> rules.saveAnswer(a, LEARNER, "eth-f1", new Answer.TrueFalse(true), now),
                "answer-type-mismatch");
        refused(() -> rules.saveAnswer(a, OTHER, "law-t1", new Answer.TrueFalse(true), now), "wrong-learner");
        assertThat(rules.saveAnswer(a, LEARNER, "law-m1", Answer.Choice.of("A", "D"), now).answers())
                .containsKey("law-m1");
    }

    @Test
    void submittingGradesOnceAndADuplicateSubmissionChangesNothing() {
        Attempt a = start(T0, List.of());
        for (PaperQuestion q : a.paper().questions()) {
            Answer answer = q.question().type() == QuestionType.FILL_IN ? wrongAnswer(q) : rightAnswer(q);
            a = rules.saveAnswer(a, LEARNER, q.questionId(), answer, T0.plusSeconds(10));
        }
        SubmitResult first = rules.submit(a, LEARNER, T0.plusSeconds(100));
        assertThat(first.duplicate()).isFalse();
        Attempt done = first.attempt();
        assertThat(done.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(done.submittedAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(done.score().points()).isEqualTo(new BigDecimal("3.00"));
        assertThat(done.score().percent()).isEqualTo(new BigDecimal("75.00"));
        assertThat(done.score().count(Correctness.WRONG)).isEqualTo(1);

        SubmitResult again = rules.submit(done, LEARNER, T0.plusSeconds(200));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.attempt()).isSameAs(done);
        assertThat(rules.submit(done, LEARNER, done.deadline().plusSeconds(1)).attempt()).isSameAs(done);
        refused(() -> rules.submit(done, OTHER, T0.plusSeconds(300)), "wrong-learner");
    }

    @Test
    void aSubmissionAfterTheDeadlineIsTheAutomaticOneAtTheDeadline() {
        Attempt a = start(T0, List.of());
        a = rules.saveAnswer(a, LEARNER, "law-t1", new Answer.TrueFalse(true), T0.plusSeconds(10));
        SubmitResult late = rules.submit(a, LEARNER, a.deadline().plusSeconds(30));
        assertThat(late.duplicate()).isFalse();
        assertThat(late.attempt().status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(late.attempt().submittedAt()).isEqualTo(a.deadline());
        assertThat(late.attempt().score().points()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void closeExpiredHandsInOnlyTheOpenAttemptsPastTheirDeadlineWithWhatWasSaved() {
        Attempt expired = start(T0, List.of());
        expired = rules.saveAnswer(expired, LEARNER, "law-t1", new Answer.TrueFalse(true), T0.plusSeconds(10));
        expired = rules.saveAnswer(expired, LEARNER, "eth-f1", new Answer.Text(" 2012 "), T0.plusSeconds(20));
        Attempt stillOpen = rules.start(exam, bank, OTHER, List.of(), LearnerHistory.none(), T0.plusSeconds(600));
        UUID third = UUID.fromString("00000000-0000-0000-0000-00000000000c");
        Attempt handedIn = rules.submit(rules.start(exam, bank, third, List.of(), LearnerHistory.none(), T0), third,
                T0.plusSeconds(5)).attempt();
        Instant now = T0.plus(Duration.ofMinutes(60));

        List<Attempt> closed = rules.closeExpired(List.of(expired, stillOpen, handedIn), now);
        assertThat(closed).hasSize(1);
        Attempt auto = closed.getFirst();
        assertThat(auto.id()).isEqualTo(expired.id());
        assertThat(auto.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(auto.submittedAt()).isEqualTo(expired.deadline());
        assertThat(auto.answers()).isEqualTo(expired.answers());
        assertThat(auto.score().points()).isEqualTo(new BigDecimal("2.00"));
        assertThat(auto.version()).isEqualTo(expired.version() + 1);
        assertThat(rules.closeExpired(closed, now.plusSeconds(60))).as("closing twice does nothing").isEmpty();
        assertThat(rules.closeExpired(List.of(stillOpen), stillOpen.deadline())).hasSize(1);
    }
}
