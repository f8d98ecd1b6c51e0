package cn.gov.egov.portal.learning.playback;

import cn.gov.egov.portal.learning.progress.HeartbeatReason;

/**
 * The answer to one heartbeat, as the player reads it (JSON).
 *
 * @param reason              accepted or why not ({@link HeartbeatReason})
 * @param message             Chinese text for the learner
 * @param creditedMillis      credit earned by this heartbeat
 * @param totalCreditedMillis the lesson's credited watch time now (as verified so far)
 * @param presenceToken       non-null while a presence check (请确认您仍在学习) waits for the learner's answer
 * @param rewindToSeconds     where the player must go back to, or null
 */
public record HeartbeatReply(boolean accepted, HeartbeatReason reason, String message, long creditedMillis,
                             long totalCreditedMillis, long furthestMillis, long durationMillis, int creditedPercent,
                             boolean complete, String presenceToken, Double rewindToSeconds) {
}
