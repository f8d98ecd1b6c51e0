package cn.gov.egov.portal.learning.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The live playback sessions of one portal instance, in memory, with the rule that one playback per learner counts at
 * a time: starting a new one supersedes the learner's previous one (on any lesson). Thread-safe; each session is
 * updated atomically. Persisting {@link PlaybackSession#progress()} after accepted heartbeats is the caller's part.
 */
public final class Playbacks {

    private final Clock clock;
    private final PlaybackLifecycle lifecycle;
    private final HeartbeatVerifier verifier;
    private final ConcurrentMap<String, PlaybackSession> sessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, String> activeByLearner = new ConcurrentHashMap<>();

    public Playbacks(Clock clock, PlaybackLifecycle lifecycle, HeartbeatVerifier verifier) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        if (!lifecycle.policy().equals(verifier.policy())) {
            throw new IllegalArgumentException("lifecycle and verifier must share one policy");
        }
    }

    /** Starts a session resuming {@code progress}; the learner's previous session, if any, is superseded. */
    public PlaybackSession start(LessonProgress progress) {
        PlaybackSession started = lifecycle.start(progress, clock.instant());
        sessions.put(started.id(), started);
        activeByLearner.compute(progress.learnerId(), (learner, previous) -> {
            if (previous != null) {
                sessions.computeIfPresent(previous, (id, old) -> lifecycle.supersede(old));
            }
            return started.id();
        });
        return started;
    }

    /**
     * Supersedes the learner's live session here, if any: used when the learner starts a playback held by another
     * {@code Playbacks} (one per seek policy), so that still only one playback per learner counts.
     */
    public void supersedeLive(UUID learnerId) {
        String previous = activeByLearner.remove(learnerId);
        if (previous != null) {
            sessions.computeIfPresent(previous, (id, old) -> lifecycle.supersede(old));
        }
    }

    /** Verifies a heartbeat from the authenticated {@code learnerId}. Unknown session ids are refused. */
    public HeartbeatResult heartbeat(UUID learnerId, Heartbeat beat) {
        Instant now = clock.instant();
        HeartbeatResult[] result = new HeartbeatResult[1];
        String id = beat == null ? null : beat.sessionId();
        if (id != null) {
            sessions.computeIfPresent(id, (key, session) -> {
                result[0] = verifier.verify(session, learnerId, beat, now);
                return result[0].session();
            });
        }
        return result[0] != null ? result[0] : verifier.verify(null, learnerId, beat, now);
    }

    /** Answers the waiting presence check of a session. */
    public PlaybackSession answerPresence(UUID learnerId, String sessionId, String token) {
        Instant now = clock.instant();
        return update(sessionId, session -> lifecycle.answerPresence(session, learnerId, token, now));
    }

    /** Ends a session (the player was closed). */
    public PlaybackSession end(UUID learnerId, String sessionId) {
        PlaybackSession ended = update(sessionId, session -> lifecycle.end(session, learnerId));
        activeByLearner.remove(learnerId, sessionId);
        return ended;
    }

    public Optional<PlaybackSession> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    /** The learner's session that counts now, if any. */
    public Optional<PlaybackSession> active(UUID learnerId) {
        String id = activeByLearner.get(learnerId);
        return id == null ? Optional.empty() : find(id).filter(s -> s.status().isLive());
    }

    /** Drops sessions without a heartbeat for longer than {@code idle}; returns how many were dropped. */
    public int evictIdle(Duration idle) {
        Instant cutoff = clock.instant().minus(idle);
        int before = sessions.size();
        sessions.values().removeIf(s -> s.lastHeartbeatAt().isBefore(cutoff));
        activeByLearner.values().removeIf(id -> !sessions.containsKey(id));
        return before - sessions.size();
    }

    private PlaybackSession update(String sessionId, java.util.function.UnaryOperator<PlaybackSession> change) {
        PlaybackSession updated = sessions.computeIfPresent(sessionId == null ? "" : sessionId,
                (id, session) -> change.apply(session));
        if (updated == null) {
            throw new PlaybackException("unknown-session", "播放会话不存在，请刷新页面后重新播放");
        }
        return updated;
    }
}
