package cn.gov.egov.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed log-ins per key (a user name, or a client address) and locks a key for a while after too many
 * failures in a window, against password guessing. Plain Java with an injected clock. Per portal instance: behind
 * a load balancer an attacker spread over N instances gets N times the budget, still far too few to guess.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(int failures, Instant windowStart, Instant lockedUntil) {
    }

    public LoginThrottle(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    public boolean isLocked(String key) {
        Entry e = entries.get(key);
        return e != null && e.lockedUntil() != null && clock.instant().isBefore(e.lockedUntil());
    }

    public void recordFailure(String key) {
        Instant now = clock.instant();
        if (entries.size() > MAX_TRACKED_KEYS) {
            evictStale(now);
        }
        entries.compute(key, (k, e) -> {
            if (e == null || now.isAfter(e.windowStart().plus(window))) {
                e = new Entry(0, now, null);
            }
            int failures = e.failures() + 1;
            Instant locked = failures >= maxFailures ? now.plus(lockout) : e.lockedUntil();
            return new Entry(failures, e.windowStart(), locked);
        });
    }

    public void recordSuccess(String key) {
        entries.remove(key);
    }

    private void evictStale(Instant now) {
        entries.entrySet().removeIf(en -> now.isAfter(en.getValue().windowStart().plus(window))
                && (en.getValue().lockedUntil() == null || now.isAfter(en.getValue().lockedUntil())));
    }
}
