package cn.gov.egov.portal.learning.playback;

import java.util.UUID;

/**
 * What the player page needs to start: the session to report to, where to resume, what is credited, how it may seek.
 *
 * @param masterUrl   the HLS master playlist (served by the portal, segments by presigned links)
 * @param seekLimited true when the learner may not seek past {@code furthestMillis} (first viewing of a course that
 *                    does not allow it)
 */
public record StartedPlayback(String sessionId, UUID lessonId, String lessonTitle, UUID courseId, String courseTitle,
                              String masterUrl, String posterUrl, long resumeMillis, long furthestMillis,
                              long creditedMillis, long durationMillis, boolean complete, boolean seekLimited,
                              long heartbeatIntervalMillis, double maxPlaybackRate) {
}
