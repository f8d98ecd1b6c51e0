package cn.gov.egov.portal.learning.exam.attempt;

import static cn.gov.egov.portal.learning.exam.ExamSamples.T0;
import static cn.gov.egov.portal.learning.exam.ExamSamples.rightAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.egov.portal.learning.exam.ExamSamples;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import cn.gov.egov.platform.testing.MutableClock;

/**
 * 2,000 learners save and submit at once, with duplicate submissions, concurrent saves to one attempt and the
 * close job running alongside: no answer and no submission is lost, none is graded twice. (The domain's share of
 * the "2,000 submissions within 60 s" benchmark; the database is measured later.)
 */
class SubmissionLoadTest {

    static final int LEARNERS = 2000;

    final QuestionBank bank = ExamSamples.bank();
    final Exam exam = ExamSamples.exam(ExamPolicy.defaults());
    final MutableClock clock = new MutableClock(T0);
    final InMemoryAttemptStore store = new InMemoryAttemptStore();
    final ExamAttempts attempts = new ExamAttempts(clock, RandomGenerator.of("L64X128MixRandom"), store);

    @Test
    void twoThousandConcurrentSubmissionsLoseNothing() throws Exception {
        long began = System.nanoTime();
        List<UUID> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(new UUID(0, i + 1));
        }
        AtomicInteger duplicates = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Callable<Attempt>> starts = learners.stream()
                    .<Callable<Attempt>>map(l -> () -> attempts.start(exam, bank, l, LearnerHistory.none())).toList();
            List<Attempt> started = new ArrayList<>();
            for (Future<Attempt> f : pool.invokeAll(starts)) {
                started.add(f.get());
            }
            clock.advance(Duration.ofMinutes(10));

            duplicates.addAndGet(SubmissionStorm.run(attempts, started, pool, 50, ExamSamples::rightAnswer));
        }
        assertThat(duplicates.get()).isEqualTo(LEARNERS);
        List<Attempt> all = store.all();
        assertThat(all).hasSize(LEARNERS);
        assertThat(all).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AttemptStatus.SUBMITTED);
            assertThat(a.answers()).hasSize(4);
            assertThat(a.score().percent()).isEqualTo(new BigDecimal("100.00"));
            assertThat(a.version()).as("start, four saves, one submission").isEqualTo(6);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void theCloseJobRacingLateSubmissionsGradesEachAttemptOnceWithEverySavedAnswer() throws Exception {
        List<Attempt> started = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Attempt a = attempts.start(exam, bank, new UUID(1, i), LearnerHistory.none());
            for (PaperQuestion q : a.paper().questions()) {
                attempts.saveAnswer(a.learnerId(), a.id(), q.questionId(), rightAnswer(q));
            }
            started.add(a);
        }
        clock.set(started.getFirst().deadline().plusMillis(1));
        AtomicInteger handedIn = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                work.add(() -> {
                    handedIn.addAndGet(attempts.closeExpired().size());
                    return null;
                });
            }
            for (Attempt a : started) {
                work.add(() -> {
                    if (!attempts.submit(a.learnerId(), a.id()).duplicate()) {
                        handedIn.incrementAndGet();
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        }
        assertThat(handedIn.get()).as("each attempt handed in exactly once").isEqualTo(500);
        assertThat(store.all()).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
            assertThat(a.submittedAt()).isEqualTo(a.deadline());
            assertThat(a.score().percent()).isEqualTo(new BigDecimal("100.00"));
            assertThat(a.version()).isEqualTo(6);
        });
    }
}
