package cn.gov.egov.portal.learning.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Starting, answering presence checks for, superseding and ending playback sessions. Pure: the caller stores the
 * returned sessions; time comes in as a parameter, randomness from the injected generator (a
 * {@link java.security.SecureRandom} in production, so session ids and tokens are unguessable).
 */
public final class PlaybackLifecycle {

    private final ProgressPolicy policy;
    private final RandomGenerator random;
    private final PresenceChecks presenceChecks;

    public PlaybackLifecycle(ProgressPolicy policy, RandomGenerator random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
        this.presenceChecks = new PresenceChecks(policy, random);
    }

    public ProgressPolicy policy() {
        return policy;
    }

    /**
     * A new ACTIVE session resuming the stored progress: a fresh random id, the player placed at
     * {@link LessonProgress#resumePositionMillis}, the first presence check scheduled. Superseding the learner's
     * older sessions is the caller's part (see {@link #supersede} and {@link Playbacks}).
     */
    public PlaybackSession start(LessonProgress progress, Instant now) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(now, "now");
        return new PlaybackSession(RandomTokens.next(random), progress.learnerId(), progress.lessonId(),
                progress.durationMillis(), now, now, progress.resumePositionMillis(policy),
                progress.furthestPositionMillis(), progress.creditedMillis(), 0, 0,
                presenceChecks.scheduleAfter(now), PlaybackStatus.ACTIVE);
    }

    /**
     * The learner answered the waiting presence check. The right token resumes crediting (also after the timeout
     * paused the session); time before the answer never counts, and the next check is scheduled afresh.
     *
     * @throws PlaybackException for another learner's session, a dead session, no waiting check or a wrong token
     */
    public PlaybackSession answerPresence(PlaybackSession session, UUID learnerId, String token, Instant now) {
        if (!session.learnerId().equals(learnerId)) {
            throw new PlaybackException("wrong-learner", "该播放会话不属于当前用户");
        }
        if (!session.status().isLive()) {
            throw new PlaybackException("session-not-live", "播放会话已结束，请重新开始播放");
        }
        PresenceCheck check = session.presence();
        if (!check.pending()) {
            throw new PlaybackException("presence-not-pending", "当前没有需要确认的在线检查");
        }
        if (token == null || !MessageDigest.isEqual(check.token().getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII))) {
            throw new PlaybackException("presence-token-wrong", "在线确认未通过，请重试");
        }
        Instant at = now.isBefore(session.lastHeartbeatAt()) ? session.lastHeartbeatAt() : now;
        return session.with(PlaybackStatus.ACTIVE, presenceChecks.scheduleAfter(at), at);
    }

    /** The learner started another playback: this one never counts again. Ended sessions stay ended. */
    public PlaybackSession supersede(PlaybackSession session) {
        return session.status().isLive()
                ? session.with(PlaybackStatus.SUPERSEDED, session.presence(), session.lastHeartbeatAt())
                : session;
    }

    /** The player closed the session (or the server did). */
    public PlaybackSession end(PlaybackSession session, UUID learnerId) {
        if (!session.learnerId().equals(learnerId)) {
            throw new PlaybackException("wrong-learner", "该播放会话不属于当前用户");
        }
        return session.status().isLive()
                ? session.with(PlaybackStatus.ENDED, session.presence(), session.lastHeartbeatAt())
                : session;
    }
}
