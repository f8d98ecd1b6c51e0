package cn.gov.egov.portal.learning.progress;

/** The session to store after a heartbeat (the same instance when nothing changed) and the answer to the player. */
public record HeartbeatResult(PlaybackSession session, HeartbeatOutcome outcome) {
}
