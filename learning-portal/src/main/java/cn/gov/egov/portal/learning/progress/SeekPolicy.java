package cn.gov.egov.portal.learning.progress;

/** May the learner seek forward into content not yet watched? Chosen per course. */
public enum SeekPolicy {
    /** Seek anywhere; credit still comes only from real-time playback of content not yet credited. */
    FREE,
    /**
     * Until the lesson is complete (first viewing), a position beyond the furthest point watched (plus the
     * tolerance) is refused and the player is sent back. Backward seeks are always allowed.
     */
    NO_SEEK_BEYOND_FURTHEST
}
