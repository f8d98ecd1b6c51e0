package cn.gov.egov.portal.learning.progress;

import java.util.Objects;
import java.util.UUID;

/**
 * A learner's stored progress in one lesson, across playback sessions: where they stopped, how far verified
 * playback got, and how much watch time is credited. Milliseconds throughout.
 */
public record LessonProgress(UUID learnerId, UUID lessonId, long durationMillis, long lastPositionMillis,
                             long furthestPositionMillis, long creditedMillis) {

    public LessonProgress {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(lessonId, "lessonId");
        if (durationMillis <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (lastPositionMillis < 0 || lastPositionMillis > durationMillis || furthestPositionMillis < 0
                || furthestPositionMillis > durationMillis || creditedMillis < 0
                || creditedMillis > furthestPositionMillis) {
            throw new IllegalArgumentException("need 0 ≤ credited ≤ furthest ≤ duration and 0 ≤ last ≤ duration");
        }
    }

    /** Nothing watched yet. */
    public static LessonProgress notStarted(UUID learnerId, UUID lessonId, long durationMillis) {
        return new LessonProgress(learnerId, lessonId, durationMillis, 0, 0, 0);
    }

    public boolean isComplete(ProgressPolicy policy) {
        return policy.isComplete(creditedMillis, durationMillis);
    }

    /** Credited share of the duration in whole percent, rounded down (the player's progress bar). */
    public int creditedPercent() {
        return (int) (creditedMillis * 100 / durationMillis);
    }

    /**
     * Where the player starts: where the learner stopped. Stopped at the end (within the tolerance): a complete
     * lesson starts again from 0; an incomplete one (credit lags after fast playback) starts where credit stands, so
     * watching on earns the missing time.
     */
    public long resumePositionMillis(ProgressPolicy policy) {
        boolean atEnd = lastPositionMillis >= durationMillis - policy.tolerance().toMillis();
        if (!atEnd) {
            return lastPositionMillis;
        }
        return isComplete(policy) ? 0 : creditedMillis;
    }
}
