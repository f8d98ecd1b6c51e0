package cn.gov.egov.portal.learning.progress;

/** Where a playback session stands. Only an {@link #ACTIVE} session earns credit. */
public enum PlaybackStatus {
    /** Playing (or paused by the learner); heartbeats are verified and may earn credit. */
    ACTIVE,
    /** A presence check (防挂机) was not answered in time; nothing counts until it is answered. */
    PAUSED_FOR_PRESENCE,
    /** The learner started a newer playback; this one never counts again. */
    SUPERSEDED,
    /** Closed by the player or the server; never counts again. */
    ENDED;

    /** True when heartbeats can still be accepted (possibly without credit). */
    public boolean isLive() {
        return this == ACTIVE || this == PAUSED_FOR_PRESENCE;
    }
}
