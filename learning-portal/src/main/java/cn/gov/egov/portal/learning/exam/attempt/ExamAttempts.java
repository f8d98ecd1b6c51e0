package cn.gov.egov.portal.learning.exam.attempt;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Sitting exams against an {@link AttemptStore}, timed by the injected server clock. Nothing lives only in memory:
 * an answer is acknowledged after it is stored, deadlines are stored instants, and an attempt found past its deadline
 * by any call is handed in there and then — so a closed browser resumes the same attempt with the time left, and a
 * server restart loses no saved answer and still hands every attempt in at its deadline. A scheduler should call
 * {@link #closeExpired()} every few seconds so grades appear without anyone looking. Thread-safe: every write is
 * conditional (see {@link AttemptStore}) and the generator is shared under a lock.
 */
public final class ExamAttempts {

    /** Conditional writes retried this often against concurrent changes before giving up. */
    static final int MAX_TRIES = 16;

    private final Clock clock;
    private final AttemptStore store;
    private final AttemptRules rules;

    public ExamAttempts(Clock clock, RandomGenerator random, AttemptStore store) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.rules = new AttemptRules(new SharedRandom(random));
    }

    /** Starts a new attempt (see {@link AttemptRules#start}); expired attempts of the learner are handed in first. */
    public Attempt start(Exam exam, QuestionBank bank, UUID learnerId, LearnerHistory history) {
        for (int i = 0; i < MAX_TRIES; i++) {
            Instant now = clock.instant();
            List<Attempt> previous = closeExpired(store.findByLearner(exam.id(), learnerId), now);
            Attempt started = rules.start(exam, bank, learnerId, previous, history, now);
            if (store.insert(started)) {
                return started;
            }
        }
        throw busy();
    }

    /** The learner's open attempt with the time left, e.g. after the browser was closed; empty when none. */
    public Optional<OpenAttempt> resume(Exam exam, UUID learnerId) {
        Instant now = clock.instant();
        return rules.resume(closeExpired(store.findByLearner(exam.id(), learnerId), now), learnerId, now);
    }

    /** The learner's own attempt, handed in first if it is past its deadline. */
    public Attempt attempt(UUID learnerId, String attemptId) {
        Attempt found = store.find(attemptId)
                .orElseThrow(() -> new ExamException("attempt-not-found", "找不到这份答卷"));
        if (!found.learnerId().equals(learnerId)) {
            throw new ExamException("wrong-learner", "该答卷不属于当前用户");
        }
        return found.isExpiredAt(clock.instant()) ? update(attemptId, rules::autoSubmit) : found;
    }

    /**
     * Saves one answer; returns the stored attempt. Past the deadline the attempt is handed in (with the answers
     * saved before) and {@code deadline-passed} is thrown.
     */
    public Attempt saveAnswer(UUID learnerId, String attemptId, String questionId, Answer answer) {
        Instant now = clock.instant();
        Attempt current = attempt(learnerId, attemptId);
        return update(current.id(), a -> rules.saveAnswer(a, learnerId, questionId, answer, now));
    }

    /** Hands the attempt in; a duplicate submission returns the stored result and changes nothing. */
    public SubmitResult submit(UUID learnerId, String attemptId) {
        Instant now = clock.instant();
        SubmitResult[] result = new SubmitResult[1];
        update(attemptId, a -> {
            result[0] = rules.submit(a, learnerId, now);
            return result[0].attempt();
        });
        return result[0];
    }

    /** Hands in every attempt in progress at or past its deadline; returns those this call handed in. */
    public List<Attempt> closeExpired() {
        Instant now = clock.instant();
        List<Attempt> closed = new ArrayList<>();
        for (Attempt due : store.findInProgressDueBy(now)) {
            boolean[] changed = new boolean[1];
            Attempt after = update(due.id(), a -> {
                Attempt next = a.isExpiredAt(now) ? rules.autoSubmit(a) : a;
                changed[0] = next != a;
                return next;
            });
            if (changed[0]) {
                closed.add(after);
            }
        }
        return closed;
    }

    /** The learner's grade for the exam by its policy; empty before a finished attempt. */
    public Optional<FinalGrade> finalGrade(Exam exam, UUID learnerId) {
        return FinalGrade.of(exam.policy(), closeExpired(store.findByLearner(exam.id(), learnerId), clock.instant()));
    }

    /** The attempts with the expired ones handed in (and stored). */
    private List<Attempt> closeExpired(List<Attempt> attempts, Instant now) {
        List<Attempt> result = new ArrayList<>(attempts.size());
        for (Attempt a : attempts) {
            result.add(a.isExpiredAt(now) ? update(a.id(), rules::autoSubmit) : a);
        }
        return result;
    }

    /** Reads, changes and conditionally writes one attempt, re-reading on conflict; an unchanged one is not written. */
    private Attempt update(String attemptId, UnaryOperator<Attempt> change) {
        for (int i = 0; i < MAX_TRIES; i++) {
            Attempt current = store.find(attemptId)
                    .orElseThrow(() -> new ExamException("attempt-not-found", "找不到这份答卷"));
            Attempt next = change.apply(current);
            if (next == current || store.replace(next)) {
                return next;
            }
        }
        throw busy();
    }

    private static ExamException busy() {
        return new ExamException("concurrent-update", "答卷正在被同时修改，请稍后重试");
    }
}
