package cn.gov.egov.portal.learning.exam.attempt;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store contract in memory, for tests: the id as primary key, a unique key on exam, learner and number, and
 * version-checked replaces
 * (what a PostgreSQL table does with a unique index and {@code UPDATE … WHERE version = ?}). It counts the writes.
 */
public final class InMemoryAttemptStore implements AttemptStore {

    private final ConcurrentMap<String, Attempt> byId = new ConcurrentHashMap<>();
    private final Set<String> numbers = ConcurrentHashMap.newKeySet();
    final AtomicInteger writes = new AtomicInteger();

    @Override
    public boolean insert(Attempt attempt) {
        String number = attempt.examId() + "|" + attempt.learnerId() + "|" + attempt.number();
        if (!numbers.add(number)) {
            return false;
        }
        if (byId.putIfAbsent(attempt.id(), attempt) != null) {   // the primary key
            numbers.remove(number);
            return false;
        }
        writes.incrementAndGet();
        return true;
    }

    @Override
    public boolean replace(Attempt next) {
        boolean[] done = new boolean[1];
        byId.computeIfPresent(next.id(), (id, current) -> {
            done[0] = current.version() == next.version() - 1;
            return done[0] ? next : current;
        });
        if (done[0]) {
            writes.incrementAndGet();
        }
        return done[0];
    }

    @Override
    public Optional<Attempt> find(String attemptId) {
        return Optional.ofNullable(attemptId == null ? null : byId.get(attemptId));
    }

    @Override
    public List<Attempt> findByLearner(String examId, UUID learnerId) {
        return byId.values().stream().filter(a -> a.examId().equals(examId) && a.learnerId().equals(learnerId))
                .sorted(Comparator.comparingInt(Attempt::number)).toList();
    }

    @Override
    public List<Attempt> findInProgressDueBy(Instant time) {
        return byId.values().stream().filter(a -> a.isExpiredAt(time)).toList();
    }

    public List<Attempt> all() {
        return List.copyOf(byId.values());
    }
}
