package cn.gov.egov.portal.learning.playback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.gov.egov.portal.learning.progress.ProgressPolicy;
import cn.gov.egov.portal.learning.progress.SeekPolicy;

/**
 * Watch-progress verification settings ({@code portal.learning.playback.*}); the defaults are those of
 * {@link ProgressPolicy#defaults()}. The seek policy is not set here: it is the course's
 * ({@code course.seek_beyond_watched}).
 *
 * @param idleTimeout a playback without a heartbeat for this long is forgotten (its progress is already stored)
 * @param writeInterval how long an accepted heartbeat's progress may wait to be stored with others in one
 *                      transaction ({@link ProgressWriter})
 */
@ConfigurationProperties("portal.learning.playback")
public record PlaybackProperties(
        @DefaultValue("PT15S") Duration heartbeatInterval,
        @DefaultValue("PT5S") Duration tolerance,
        @DefaultValue("2.0") double maxPlaybackRate,
        @DefaultValue("PT8M") Duration presenceMin,
        @DefaultValue("PT15M") Duration presenceMax,
        @DefaultValue("PT60S") Duration presenceTimeout,
        @DefaultValue("95") int completionPercent,
        @DefaultValue("PT30M") Duration idleTimeout,
        @DefaultValue("PT0.05S") Duration writeInterval) {

    /** The policy for a course with the given seek policy (validated by {@link ProgressPolicy}). */
    public ProgressPolicy policy(SeekPolicy seekPolicy) {
        return new ProgressPolicy(heartbeatInterval, tolerance, maxPlaybackRate, seekPolicy, presenceMin, presenceMax,
                presenceTimeout, completionPercent);
    }
}
