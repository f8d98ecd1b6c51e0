package cn.gov.egov.portal.learning.progress;

import java.time.Instant;
import java.util.random.RandomGenerator;

/** Schedules and raises presence checks (防挂机) at random times from the injected generator. */
public final class PresenceChecks {

    private final ProgressPolicy policy;
    private final RandomGenerator random;

    public PresenceChecks(ProgressPolicy policy, RandomGenerator random) {
        this.policy = policy;
        this.random = random;
    }

    /** No check waiting; the next one due a random gap in [presenceMin, presenceMax] after {@code from}. */
    public PresenceCheck scheduleAfter(Instant from) {
        if (!policy.presenceChecksEnabled()) {
            return PresenceCheck.scheduled(null);
        }
        long min = policy.presenceMin().toMillis();
        long max = policy.presenceMax().toMillis();
        long gap = min == max ? min : random.nextLong(min, max + 1);
        return PresenceCheck.scheduled(from.plusMillis(gap));
    }

    /** Raise the due check now with a fresh unguessable token. */
    public PresenceCheck ask(PresenceCheck check, Instant now) {
        return check.ask(RandomTokens.next(random), now);
    }
}
