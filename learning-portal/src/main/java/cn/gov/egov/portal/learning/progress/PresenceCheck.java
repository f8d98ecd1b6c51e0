package cn.gov.egov.portal.learning.progress;

import java.time.Instant;

/**
 * The presence-check (防挂机) state of a session.
 *
 * @param nextCheckAt when the next check becomes due (asked on the first playing heartbeat at or after it), or null
 *                    when checks are off
 * @param token       the unguessable answer of the check now waiting, or null when none waits
 * @param askedAt     when the waiting check was raised, or null
 */
public record PresenceCheck(Instant nextCheckAt, String token, Instant askedAt) {

    public PresenceCheck {
        if ((token == null) != (askedAt == null)) {
            throw new IllegalArgumentException("a waiting check has both a token and a time");
        }
    }

    public static PresenceCheck scheduled(Instant nextCheckAt) {
        return new PresenceCheck(nextCheckAt, null, null);
    }

    public boolean pending() {
        return token != null;
    }

    /** True when a check waits and its answer time has run out at {@code nowMillis}. */
    public boolean overdue(long nowMillis, long timeoutMillis) {
        return token != null && nowMillis > askedAt.toEpochMilli() + timeoutMillis;
    }

    /** True when no check waits and the next one is due at {@code nowMillis}. */
    public boolean due(long nowMillis) {
        return token == null && nextCheckAt != null && nowMillis >= nextCheckAt.toEpochMilli();
    }

    PresenceCheck ask(String newToken, Instant now) {
        return new PresenceCheck(nextCheckAt, newToken, now);
    }
}
