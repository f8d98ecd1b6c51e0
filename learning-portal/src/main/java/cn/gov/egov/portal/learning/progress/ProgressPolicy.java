package cn.gov.egov.portal.learning.progress;

import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of watch-progress verification, per course.
 *
 * @param heartbeatInterval  how often the player reports (e.g. 15 s); one heartbeat credits at most this plus the
 *                           tolerance
 * @param tolerance          slack for network jitter and player rounding, on time and on position (e.g. 5 s)
 * @param maxPlaybackRate    the fastest rate the player offers (≥ 1.0, e.g. 2.0). Position may advance at most
 *                           this fast; credit never advances faster than 1.0 × real time whatever the rate
 * @param seekPolicy         free seeking or no seeking beyond the furthest point on first viewing
 * @param presenceMin        shortest random gap before a presence check (防挂机), e.g. 8 min;
 *                           {@link Duration#ZERO} together with {@code presenceMax} switches checks off
 * @param presenceMax        longest random gap before a presence check, e.g. 15 min
 * @param presenceTimeout    time to answer a check before the session pauses, e.g. 60 s
 * @param completionPercent  a lesson is complete when at least this share of its duration is credited (e.g. 95)
 */
public record ProgressPolicy(Duration heartbeatInterval, Duration tolerance, double maxPlaybackRate,
                             SeekPolicy seekPolicy, Duration presenceMin, Duration presenceMax,
                             Duration presenceTimeout, int completionPercent) {

    public ProgressPolicy {
        Objects.requireNonNull(seekPolicy, "seekPolicy");
        requirePositive(heartbeatInterval, "heartbeatInterval");
        requireNotNegative(tolerance, "tolerance");
        requireNotNegative(presenceMin, "presenceMin");
        requireNotNegative(presenceMax, "presenceMax");
        requirePositive(presenceTimeout, "presenceTimeout");
        if (!(maxPlaybackRate >= 1.0 && maxPlaybackRate <= 16.0)) {
            throw new IllegalArgumentException("maxPlaybackRate must lie in [1, 16]: " + maxPlaybackRate);
        }
        if (presenceMax.compareTo(presenceMin) < 0) {
            throw new IllegalArgumentException("presenceMax must not be shorter than presenceMin");
        }
        if (presenceMin.isZero() != presenceMax.isZero()) {
            throw new IllegalArgumentException("presence checks are off only when both gaps are zero");
        }
        if (completionPercent < 1 || completionPercent > 100) {
            throw new IllegalArgumentException("completionPercent must lie in [1, 100]: " + completionPercent);
        }
    }

    /**
     * Heartbeat every 15 s, 5 s tolerance, rates up to 2.0 (credited at 1.0), no seeking beyond the furthest point on
     * first viewing, a presence check every 8–15 min answered within 60 s, complete at 95 % credited.
     */
    public static ProgressPolicy defaults() {
        return new ProgressPolicy(Duration.ofSeconds(15), Duration.ofSeconds(5), 2.0,
                SeekPolicy.NO_SEEK_BEYOND_FURTHEST, Duration.ofMinutes(8), Duration.ofMinutes(15),
                Duration.ofSeconds(60), 95);
    }

    public ProgressPolicy withSeekPolicy(SeekPolicy policy) {
        return new ProgressPolicy(heartbeatInterval, tolerance, maxPlaybackRate, policy, presenceMin, presenceMax,
                presenceTimeout, completionPercent);
    }

    public ProgressPolicy withPresenceChecks(Duration min, Duration max, Duration timeout) {
        return new ProgressPolicy(heartbeatInterval, tolerance, maxPlaybackRate, seekPolicy, min, max, timeout,
                completionPercent);
    }

    public ProgressPolicy withoutPresenceChecks() {
        return withPresenceChecks(Duration.ZERO, Duration.ZERO, presenceTimeout);
    }

    public ProgressPolicy withCompletionPercent(int percent) {
        return new ProgressPolicy(heartbeatInterval, tolerance, maxPlaybackRate, seekPolicy, presenceMin, presenceMax,
                presenceTimeout, percent);
    }

    public boolean presenceChecksEnabled() {
        return !presenceMax.isZero();
    }

    /** The most one heartbeat can ever credit: the interval plus the tolerance, in milliseconds. */
    public long maxCreditPerHeartbeatMillis() {
        return heartbeatInterval.toMillis() + tolerance.toMillis();
    }

    /** Complete when {@code credited ≥ completionPercent % of duration} (integer arithmetic, no rounding). */
    public boolean isComplete(long creditedMillis, long durationMillis) {
        return creditedMillis * 100 >= (long) completionPercent * durationMillis;
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requireNotNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
