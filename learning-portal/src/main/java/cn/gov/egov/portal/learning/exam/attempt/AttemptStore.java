package cn.gov.egov.portal.learning.exam.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where attempts live (a PostgreSQL table in production). Every write is conditional so that concurrent requests
 * (two browser tabs, a retried submission, the auto-submit job) never overwrite one another: the loser re-reads and
 * applies the rules again.
 */
public interface AttemptStore {

    /**
     * Stores a new attempt unless its id is taken or the learner already has one with the same number for the exam
     * (a primary key on the id, a unique key on exam, learner and number: this also stops two concurrent starts).
     *
     * @return false when such an attempt exists
     */
    boolean insert(Attempt attempt);

    /**
     * Replaces the stored attempt with {@code next} if the stored one is still at {@code next.version() - 1}.
     *
     * @return false when it changed meanwhile (or is unknown)
     */
    boolean replace(Attempt next);

    Optional<Attempt> find(String attemptId);

    /** The learner's attempts at the exam, any status. */
    List<Attempt> findByLearner(String examId, UUID learnerId);

    /** Attempts in progress whose deadline is at or before {@code time}. */
    List<Attempt> findInProgressDueBy(Instant time);
}
