package cn.gov.egov.portal.learning.exam.attempt;

import static cn.gov.egov.portal.learning.exam.ExamSamples.T0;
import static cn.gov.egov.portal.learning.exam.ExamSamples.rightAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.ExamSamples;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import cn.gov.egov.platform.testing.MutableClock;

/** The clock-driven service over a store: resume after a closed browser, restarts, lazy auto-submit, duplicates. */
class ExamAttemptsTest {

    static final UUID LEARNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    final QuestionBank bank = ExamSamples.bank();
    final Exam exam = ExamSamples.exam(ExamPolicy.defaults().withTimeLimit(Duration.ofMinutes(30)));
    final MutableClock clock = new MutableClock(T0);
    final InMemoryAttemptStore store = new InMemoryAttemptStore();
    final ExamAttempts attempts = new ExamAttempts(clock, new SplittableRandom(1), store);

    static String code(Throwable e) {
        return ((ExamException) e).code();
    }

    @Test
    void aClosedBrowserResumesTheSameAttemptWithTheTimeLeft() {
        Attempt started = attempts.start(exam, bank, LEARNER, LearnerHistory.none());
        PaperQuestion first = started.paper().questions().getFirst();
        clock.advance(Duration.ofMinutes(4));
        attempts.saveAnswer(LEARNER, started.id(), first.questionId(), Answer.Choice.of("C"));
        clock.advance(Duration.ofMinutes(6));

        OpenAttempt resumed = attempts.resume(exam, LEARNER).orElseThrow();
        assertThat(resumed.attempt().id()).isEqualTo(started.id());
        assertThat(resumed.remaining()).isEqualTo(Duration.ofMinutes(20));
        assertThat(resumed.attempt().paper()).as("same questions, same option order").isEqualTo(started.paper());
        assertThat(resumed.attempt().answers().get(first.questionId()).answer()).isEqualTo(Answer.Choice.of("C"));
        assertThatThrownBy(() -> attempts.start(exam, bank, LEARNER, LearnerHistory.none()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("attempt-in-progress"));
        assertThat(attempts.resume(exam, OTHER)).isEmpty();
    }

    @Test
    void aServerRestartLosesNoSavedAnswerAndStillHandsInAtTheDeadline() {
        Attempt started = attempts.start(exam, bank, LEARNER, LearnerHistory.none());
        for (PaperQuestion q : started.paper().questions()) {
            clock.advance(Duration.ofSeconds(30));
            attempts.saveAnswer(LEARNER, started.id(), q.questionId(), rightAnswer(q));
        }
        // the process dies; a new one starts over the same store, with its own clock and generator, 2 h later
        MutableClock later = new MutableClock(T0.plus(Duration.ofHours(2)));
        ExamAttempts restarted = new ExamAttempts(later, new SplittableRandom(99), store);

        assertThat(restarted.resume(exam, LEARNER)).isEmpty();
        Attempt after = restarted.attempt(LEARNER, started.id());
        assertThat(after.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(after.submittedAt()).isEqualTo(started.deadline());
        assertThat(after.answers()).hasSize(4);
        assertThat(after.score().percent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(restarted.finalGrade(exam, LEARNER).orElseThrow().passed()).isTrue();
    }

    @Test
    void aRestartWithinTheTimeLimitResumesWithTheRemainingTime() {
        Attempt started = attempts.start(exam, bank, LEARNER, LearnerHistory.none());
        attempts.saveAnswer(LEARNER, started.id(), "law-t1", new Answer.TrueFalse(false));
        ExamAttempts restarted = new ExamAttempts(new MutableClock(T0.plus(Duration.ofMinutes(12))),
                new SplittableRandom(7), store);
        OpenAttempt open = restarted.resume(exam, LEARNER).orElseThrow();
        assertThat(open.remaining()).isEqualTo(Duration.ofMinutes(18));
        assertThat(open.attempt().answers().get("law-t1").answer()).isEqualTo(new Answer.TrueFalse(false));
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefusedAndTheAttemptHandedIn() {
        Attempt started = attempts.start(exam, bank, LEARNER, LearnerHistory.none());
        attempts.saveAnswer(LEARNER, started.id(), "law-t1", new Answer.TrueFalse(true));
        clock.set(started.deadline());
        assertThatThrownBy(() -> attempts.saveAnswer(LEARNER, started.id(), "eth-f1", new Answer.Text("2012")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("deadline-passed"));
        Attempt stored = store.find(started.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(stored.answers()).containsOnlyKeys("law-t1");
        assertThat(stored.score().points()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void aDuplicateSubmissionReturnsTheSameResultAndWritesNothing() {
        Attempt started = attempts.start(exam, bank, LEARNER, LearnerHistory.none());
        attempts.saveAnswer(LEARNER, started.id(), "law-t1", new Answer.TrueFalse(true));
        clock.advance(Duration.ofMinutes(5));
        SubmitResult first = attempts.submit(LEARNER, started.id());
        int writes = store.writes.get();
        clock.advance(Duration.ofSeconds(1));
        SubmitResult second = attempts.submit(LEARNER, started.id());
        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.attempt()).isEqualTo(first.attempt());
        assertThat(second.attempt().submittedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(store.writes.get()).isEqualTo(writes);
        assertThatThrownBy(() -> attempts.saveAnswer(LEARNER, started.id(), "eth-f1", new Answer.Text("2012")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("attempt-finished"));
    }

    @Test
    void theCloseJobHandsInEveryExpiredAttemptOnce() {
        Attempt a = attempts.start(exam, bank, LEARNER, LearnerHistory.none());
        clock.advance(Duration.ofMinutes(20));
        Attempt b = attempts.start(exam, bank, OTHER, LearnerHistory.none());
        clock.set(a.deadline());
        assertThat(attempts.closeExpired()).extracting(Attempt::id).containsExactly(a.id());
        assertThat(attempts.closeExpired()).isEmpty();
        clock.set(b.deadline().plusSeconds(1));
        assertThat(attempts.closeExpired()).extracting(Attempt::id).containsExactly(b.id());
        assertThat(store.all()).allMatch(x -> x.status() == AttemptStatus.AUTO_SUBMITTED);
    }

    @Test
    void unknownAttemptsAndOtherLearnersAttemptsAreRefused() {
        Attempt a = attempts.start(exam, bank, LEARNER, LearnerHistory.none());
        assertThatThrownBy(() -> attempts.attempt(LEARNER, "nope"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("attempt-not-found"));
        assertThatThrownBy(() -> attempts.attempt(OTHER, a.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("wrong-learner"));
        assertThatThrownBy(() -> attempts.saveAnswer(OTHER, a.id(), "law-t1", new Answer.TrueFalse(true)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("wrong-learner"));
        assertThatThrownBy(() -> attempts.submit(OTHER, a.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("wrong-learner"));
        assertThat(store.find(a.id()).orElseThrow().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void aRepeatedAttemptIdIsRefusedByTheStoreAndDrawnAgainNeverOverwritten() {
        ResettableRandom random = new ResettableRandom(5);
        ExamAttempts sharing = new ExamAttempts(clock, random, store);
        Attempt first = sharing.start(exam, bank, LEARNER, LearnerHistory.none());
        random.reset();   // the generator repeats itself: the next start draws the same id first
        Attempt second = sharing.start(exam, bank, OTHER, LearnerHistory.none());
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(store.find(first.id()).orElseThrow().learnerId()).isEqualTo(LEARNER);
        assertThat(store.find(second.id()).orElseThrow().learnerId()).isEqualTo(OTHER);
    }

    /** A generator that can start its sequence over. */
    static final class ResettableRandom implements RandomGenerator {
        private final long seed;
        private SplittableRandom delegate;

        ResettableRandom(long seed) {
            this.seed = seed;
            reset();
        }

        void reset() {
            delegate = new SplittableRandom(seed);
        }

        @Override
        public long nextLong() {
            return delegate.nextLong();
        }
    }
}
