package cn.gov.egov.portal.learning.playback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.gov.egov.portal.learning.progress.Heartbeat;
import cn.gov.egov.portal.learning.progress.HeartbeatResult;
import cn.gov.egov.portal.learning.progress.HeartbeatVerifier;
import cn.gov.egov.portal.learning.progress.LessonProgress;
import cn.gov.egov.portal.learning.progress.PlaybackException;
import cn.gov.egov.portal.learning.progress.PlaybackLifecycle;
import cn.gov.egov.portal.learning.progress.PlaybackSession;
import cn.gov.egov.portal.learning.progress.Playbacks;
import cn.gov.egov.portal.learning.progress.ProgressPolicy;
import cn.gov.egov.portal.learning.progress.SeekPolicy;

/**
 * The live playbacks of this portal instance, in memory: one {@link Playbacks} per seek policy (a policy belongs to
 * a course), with the rule that one playback per learner counts across all of them. Session ids are drawn from a
 * {@link SecureRandom}, so they cannot be guessed.
 */
@Component
public class PlaybackRegistry {

    private final Clock clock;
    private final Duration idleTimeout;
    private final Map<SeekPolicy, Playbacks> bySeekPolicy = new EnumMap<>(SeekPolicy.class);
    private final Map<SeekPolicy, ProgressPolicy> policies = new EnumMap<>(SeekPolicy.class);
    private volatile Instant lastEviction = Instant.MIN;

    public PlaybackRegistry(Clock clock, PlaybackProperties properties) {
        this.clock = clock;
        this.idleTimeout = properties.idleTimeout();
        SecureRandom random = new SecureRandom();
        for (SeekPolicy seek : SeekPolicy.values()) {
            ProgressPolicy policy = properties.policy(seek);
            policies.put(seek, policy);
            bySeekPolicy.put(seek, new Playbacks(clock, new PlaybackLifecycle(policy, random),
                    new HeartbeatVerifier(policy, random)));
        }
    }

    public ProgressPolicy policy(SeekPolicy seek) {
        return policies.get(seek);
    }

    /** Starts a playback; the learner's earlier playback, wherever it is held, stops counting. */
    public synchronized PlaybackSession start(SeekPolicy seek, LessonProgress progress) {
        evictIdleNowAndThen();
        for (Map.Entry<SeekPolicy, Playbacks> e : bySeekPolicy.entrySet()) {
            if (e.getKey() != seek) {
                e.getValue().supersedeLive(progress.learnerId());
            }
        }
        return bySeekPolicy.get(seek).start(progress);
    }

    /** Verifies a heartbeat against the session it names (refused as an unknown session when none is held). */
    public Verified heartbeat(UUID learnerId, Heartbeat beat) {
        String id = beat == null ? null : beat.sessionId();
        SeekPolicy seek = holder(id).orElse(SeekPolicy.NO_SEEK_BEYOND_FURTHEST);
        return new Verified(seek, bySeekPolicy.get(seek).heartbeat(learnerId, beat));
    }

    public PlaybackSession answerPresence(UUID learnerId, String sessionId, String token) {
        return bySeekPolicy.get(requireHolder(sessionId)).answerPresence(learnerId, sessionId, token);
    }

    public PlaybackSession end(UUID learnerId, String sessionId) {
        return bySeekPolicy.get(requireHolder(sessionId)).end(learnerId, sessionId);
    }

    public Optional<PlaybackSession> find(String sessionId) {
        return holder(sessionId).flatMap(seek -> bySeekPolicy.get(seek).find(sessionId));
    }

    private SeekPolicy requireHolder(String sessionId) {
        return holder(sessionId).orElseThrow(
                () -> new PlaybackException("unknown-session", "播放会话不存在，请刷新页面后重新播放"));
    }

    private Optional<SeekPolicy> holder(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        for (Map.Entry<SeekPolicy, Playbacks> e : bySeekPolicy.entrySet()) {
            if (e.getValue().find(sessionId).isPresent()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private void evictIdleNowAndThen() {
        Instant now = clock.instant();
        if (lastEviction.isBefore(now.minus(Duration.ofMinutes(1)))) {
            lastEviction = now;
            bySeekPolicy.values().forEach(p -> p.evictIdle(idleTimeout));
        }
    }

    /** A heartbeat's result and the seek policy of the session it was verified against. */
    public record Verified(SeekPolicy seekPolicy, HeartbeatResult result) {
    }
}
