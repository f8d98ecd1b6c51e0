package cn.gov.egov.portal.learning.progress;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One playback of one lesson by one learner, as the server verifies it. Immutable: every heartbeat yields a new
 * instance. All positions and credits are whole milliseconds.
 *
 * <p>Two numbers describe how far the learner got in the lesson (carried over from earlier sessions through
 * {@link LessonProgress}): {@code furthestPositionMillis}, the furthest point reached by verified playback (the seek
 * limit on first viewing), and {@code creditedMillis}, the verified watch time credited for the lesson. Credit is
 * time, earned at most in real time, so it can lag the furthest point (after playback at 2×); it never exceeds it.
 *
 * @param id                     random, unguessable (128 bits); see {@link RandomTokens}
 * @param learnerId              the authenticated learner who started it
 * @param lessonId               the lesson (one video)
 * @param durationMillis         the media duration
 * @param startedAt              server time at start
 * @param lastHeartbeatAt        server time of the last heartbeat processed (the reference for the next one)
 * @param lastPositionMillis     the position the player is known to be at
 * @param furthestPositionMillis furthest point reached by verified playback, for the whole lesson
 * @param creditedMillis         credited watch time for the whole lesson (≤ furthest ≤ duration)
 * @param sessionCreditedMillis  credited in this session (≤ real time elapsed since {@code startedAt})
 * @param sequence               the last heartbeat sequence number used (0 before the first)
 * @param presence               presence-check state
 * @param status                 ACTIVE, PAUSED_FOR_PRESENCE, SUPERSEDED or ENDED
 */
public record PlaybackSession(String id, UUID learnerId, UUID lessonId, long durationMillis, Instant startedAt,
                              Instant lastHeartbeatAt, long lastPositionMillis, long furthestPositionMillis,
                              long creditedMillis, long sessionCreditedMillis, long sequence,
                              PresenceCheck presence, PlaybackStatus status) {

    public PlaybackSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastHeartbeatAt, "lastHeartbeatAt");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(status, "status");
        if (durationMillis <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (lastPositionMillis < 0 || lastPositionMillis > durationMillis
                || furthestPositionMillis < 0 || furthestPositionMillis > durationMillis
                || creditedMillis < 0 || creditedMillis > durationMillis
                || sessionCreditedMillis < 0 || sessionCreditedMillis > creditedMillis || sequence < 0) {
            throw new IllegalArgumentException("positions and credit must lie within the duration");
        }
    }

    /** The lesson's progress as it stands now, to store and to resume from. */
    public LessonProgress progress() {
        return new LessonProgress(learnerId, lessonId, durationMillis, lastPositionMillis, furthestPositionMillis,
                creditedMillis);
    }

    /** Heartbeat {@code seq} processed at {@code at} without any other change. */
    PlaybackSession seen(long seq, Instant at) {
        return new PlaybackSession(id, learnerId, lessonId, durationMillis, startedAt, at, lastPositionMillis,
                furthestPositionMillis, creditedMillis, sessionCreditedMillis, seq, presence, status);
    }

    /** Heartbeat {@code seq} moved the known position (a seek, or a rewind the server ordered), no credit. */
    PlaybackSession moved(long seq, Instant at, long position) {
        return new PlaybackSession(id, learnerId, lessonId, durationMillis, startedAt, at, position,
                furthestPositionMillis, creditedMillis, sessionCreditedMillis, seq, presence, status);
    }

    /** Heartbeat {@code seq} was verified playback up to {@code position}, earning {@code credit}. */
    PlaybackSession played(long seq, Instant at, long position, long furthest, long credit, PresenceCheck check) {
        return new PlaybackSession(id, learnerId, lessonId, durationMillis, startedAt, at, position, furthest,
                creditedMillis + credit, sessionCreditedMillis + credit, seq, check, status);
    }

    PlaybackSession with(PlaybackStatus newStatus, PresenceCheck check, Instant at) {
        return new PlaybackSession(id, learnerId, lessonId, durationMillis, startedAt, at, lastPositionMillis,
                furthestPositionMillis, creditedMillis, sessionCreditedMillis, sequence, check, newStatus);
    }

    public boolean isComplete(ProgressPolicy policy) {
        return policy.isComplete(creditedMillis, durationMillis);
    }
}
