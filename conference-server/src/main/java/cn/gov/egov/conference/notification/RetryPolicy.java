package cn.gov.egov.conference.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed notice again: after the n-th failed attempt wait {@code initial × 2^(n-1)}, at most
 * {@code max}; after {@code maxAttempts} failed attempts give up. Plain Java.
 */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts) {

    /** The wait after {@code failedAttempts} (≥ 1) attempts have failed. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        Duration d = initial;
        for (int i = 0; i < doublings && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    /** True when a notice that has failed {@code failedAttempts} times is not to be tried again. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    public Instant nextAttempt(Instant now, int failedAttempts) {
        return now.plus(delayAfter(failedAttempts));
    }
}
