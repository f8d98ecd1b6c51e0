package cn.gov.egov.conference.conference;

import java.time.Duration;
import java.time.Instant;

/**
 * The lifecycle of one occurrence: scheduled → live (the join window opens before the start) → ended (at the end
 * plus a grace period), or cancelled. Derived from the clock, never guessed.
 */
public enum OccurrenceState {
    SCHEDULED, LIVE, ENDED, CANCELLED;

    public static OccurrenceState at(Instant now, Instant start, Instant end, boolean cancelled, Duration joinWindow,
                                     Duration grace) {
        if (cancelled) {
            return CANCELLED;
        }
        if (now.isBefore(start.minus(joinWindow))) {
            return SCHEDULED;
        }
        return now.isBefore(end.plus(grace)) ? LIVE : ENDED;
    }
}
