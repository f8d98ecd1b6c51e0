package cn.gov.egov.portal.learning.progress;

/**
 * What the player reports every {@link ProgressPolicy#heartbeatInterval()}. It deliberately carries neither a
 * learner id nor a client clock: the learner is the server-side authenticated user and time is the server's clock,
 * both passed to {@link HeartbeatVerifier#verify} separately, so a forged body cannot choose them.
 *
 * @param sessionId       the playback session the player was given at start
 * @param sequence        1, 2, 3 … per session; a number at or below the last one seen is a replay
 * @param positionSeconds the player's current time ({@code video.currentTime}), in seconds
 * @param playing         false while the learner has paused the video
 * @param playbackRate    the player's rate ({@code video.playbackRate}), 1.0 normally
 */
public record Heartbeat(String sessionId, long sequence, double positionSeconds, boolean playing,
                        double playbackRate) {

    /** The position in whole milliseconds (the unit of all verification arithmetic), at least 0. */
    public long positionMillis() {
        return Math.max(0, Math.round(positionSeconds * 1000.0));
    }

    /** Numbers a real player can produce: a finite non-negative position and a finite positive rate. */
    public boolean isWellFormed() {
        return Double.isFinite(positionSeconds) && positionSeconds >= 0
                && Double.isFinite(playbackRate) && playbackRate > 0;
    }
}
