package cn.gov.egov.portal.learning.progress;

/**
 * What the server answers to one heartbeat.
 *
 * @param reason         accepted or why not
 * @param creditedMillis credit earned by this heartbeat (0 when refused)
 * @param presenceToken  non-null while a presence check is due or waiting: the UI asks the learner and answers with
 *                       it through {@link PlaybackLifecycle#answerPresence}
 * @param rewindToMillis where the player must go back to after a forbidden seek or rate, or {@link #NO_REWIND}
 */
public record HeartbeatOutcome(HeartbeatReason reason, long creditedMillis, String presenceToken,
                               long rewindToMillis) {

    public static final long NO_REWIND = -1;

    private static final HeartbeatOutcome[] PLAIN = new HeartbeatOutcome[HeartbeatReason.values().length];

    static {
        for (HeartbeatReason r : HeartbeatReason.values()) {
            PLAIN[r.ordinal()] = new HeartbeatOutcome(r, 0, null, NO_REWIND);
        }
    }

    /** A shared instance for an outcome with no credit, token or rewind (no allocation on the hot path). */
    public static HeartbeatOutcome of(HeartbeatReason reason) {
        return PLAIN[reason.ordinal()];
    }

    public boolean accepted() {
        return reason.accepted();
    }

    public boolean presenceCheckDue() {
        return presenceToken != null;
    }

    public boolean rewindRequired() {
        return rewindToMillis != NO_REWIND;
    }
}
