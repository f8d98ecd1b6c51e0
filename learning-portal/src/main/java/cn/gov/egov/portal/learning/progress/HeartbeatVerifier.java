package cn.gov.egov.portal.learning.progress;

import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Verifies one heartbeat against the stored session and the server clock: O(1), a few long comparisons and at most
 * three small objects per call, no exceptions on bad input (a forged heartbeat is an expected event, answered with a
 * {@link HeartbeatReason}). The rules, in the order they are applied:
 * <ol>
 * <li>the session must be the one named, belong to the authenticated learner and still be live
 *     (not {@link PlaybackStatus#SUPERSEDED superseded} or {@link PlaybackStatus#ENDED ended});</li>
 * <li>the sequence number must be greater than the last one used: replays and out-of-order heartbeats credit
 *     nothing; every later rule consumes the number whatever its verdict;</li>
 * <li>a presence check left unanswered past its timeout pauses the session until it is answered;</li>
 * <li>a rate above {@link ProgressPolicy#maxPlaybackRate()} is refused and the player sent back;</li>
 * <li>a jump (backward, or forward by more than wall time × max rate + tolerance) is a seek: the position is
 *     taken, nothing is credited;</li>
 * <li>but with {@link SeekPolicy#NO_SEEK_BEYOND_FURTHEST}, until the lesson is complete, a seek beyond
 *     {@code furthest + tolerance}, or playback beyond {@code furthest + wall time × max rate + tolerance}, is
 *     refused and the player sent back to the furthest point;</li>
 * <li>continuous playback earns {@code min(playback beyond the credited total, wall time since the last heartbeat,
 *     interval + tolerance, duration − credited, real time since start − credited in this session)}; nothing while
 *     a presence check waits.</li>
 * </ol>
 * The random generator is used only to draw presence-check tokens; it must be thread-safe if the verifier is shared
 * ({@link java.security.SecureRandom} is).
 */
public final class HeartbeatVerifier {

    private final ProgressPolicy policy;
    private final PresenceChecks presenceChecks;
    private final long toleranceMillis;
    private final long maxCreditMillis;
    private final long presenceTimeoutMillis;
    private final double maxRate;

    public HeartbeatVerifier(ProgressPolicy policy, RandomGenerator random) {
        this.policy = policy;
        this.presenceChecks = new PresenceChecks(policy, random);
        this.toleranceMillis = policy.tolerance().toMillis();
        this.maxCreditMillis = policy.maxCreditPerHeartbeatMillis();
        this.presenceTimeoutMillis = policy.presenceTimeout().toMillis();
        this.maxRate = policy.maxPlaybackRate();
    }

    public ProgressPolicy policy() {
        return policy;
    }

    /**
     * @param session   the stored session the heartbeat names (null when none is stored under that id)
     * @param learnerId the authenticated user sending it, never a value from the request body
     * @param beat      what the player sent
     * @param now       the server clock
     */
    public HeartbeatResult verify(PlaybackSession session, UUID learnerId, Heartbeat beat, Instant now) {
        if (session == null || beat == null || !session.id().equals(beat.sessionId())) {
            return new HeartbeatResult(session, HeartbeatOutcome.of(HeartbeatReason.UNKNOWN_SESSION));
        }
        if (!session.learnerId().equals(learnerId)) {
            return unchanged(session, HeartbeatReason.WRONG_LEARNER);
        }
        if (session.status() == PlaybackStatus.SUPERSEDED) {
            return unchanged(session, HeartbeatReason.SUPERSEDED);
        }
        if (session.status() == PlaybackStatus.ENDED) {
            return unchanged(session, HeartbeatReason.SESSION_ENDED);
        }
        if (beat.sequence() <= session.sequence()) {
            return unchanged(session, HeartbeatReason.REPLAYED_SEQUENCE);
        }
        long seq = beat.sequence();
        // time never runs backwards within a session, so no interval is ever counted twice
        Instant at = now.isBefore(session.lastHeartbeatAt()) ? session.lastHeartbeatAt() : now;
        long atMillis = at.toEpochMilli();
        if (!beat.isWellFormed()) {
            return new HeartbeatResult(session.seen(seq, at), HeartbeatOutcome.of(HeartbeatReason.INVALID_HEARTBEAT));
        }

        PresenceCheck check = session.presence();
        if (session.status() == PlaybackStatus.PAUSED_FOR_PRESENCE
                || check.overdue(atMillis, presenceTimeoutMillis)) {
            PlaybackSession paused = session.with(PlaybackStatus.PAUSED_FOR_PRESENCE, check, at).seen(seq, at);
            return new HeartbeatResult(paused, outcome(HeartbeatReason.PAUSED_FOR_PRESENCE, 0, check.token(),
                    HeartbeatOutcome.NO_REWIND));
        }
        if (beat.playbackRate() > maxRate + 1e-9) {
            long back = session.lastPositionMillis();
            return new HeartbeatResult(session.moved(seq, at, back),
                    outcome(HeartbeatReason.RATE_NOT_ALLOWED, 0, check.token(), back));
        }

        long wall = atMillis - session.lastHeartbeatAt().toEpochMilli();
        long duration = session.durationMillis();
        long position = Math.min(beat.positionMillis(), duration);
        long furthest = session.furthestPositionMillis();
        long reachable = (long) (wall * maxRate); // the most position can honestly advance in that wall time
        long frontier = Math.min(duration, furthest + reachable);
        long last = session.lastPositionMillis();
        long advance = position - last;
        boolean continuous = advance >= 0 && advance <= reachable + toleranceMillis;
        // on first viewing a seek may not pass the furthest point, and playback may not outrun the clock
        long limit = (continuous ? frontier : furthest) + toleranceMillis;
        if (position > limit && policy.seekPolicy() == SeekPolicy.NO_SEEK_BEYOND_FURTHEST
                && !session.isComplete(policy)) {
            return new HeartbeatResult(session.moved(seq, at, furthest),
                    outcome(HeartbeatReason.SEEK_BEYOND_FURTHEST, 0, check.token(), furthest));
        }
        if (!continuous) {
            return new HeartbeatResult(session.moved(seq, at, position),
                    outcome(HeartbeatReason.SEEKED, 0, check.token(), HeartbeatOutcome.NO_REWIND));
        }

        // continuous playback; the furthest point moves no faster than real time × max rate (tolerance never adds up)
        long newFurthest = Math.max(furthest, Math.min(position, frontier));
        boolean waiting = check.pending();
        long credit = waiting ? 0 : credit(session, position, last, wall, atMillis);
        HeartbeatReason reason = waiting ? HeartbeatReason.PRESENCE_PENDING : HeartbeatReason.ACCEPTED;
        // raised while playing; "paused" with a moving position is playing too, so the flag cannot dodge checks
        if (check.due(atMillis) && (beat.playing() || position > last)) {
            check = presenceChecks.ask(check, at);
        }
        PlaybackSession next = session.played(seq, at, position, newFurthest, credit, check);
        return new HeartbeatResult(next, outcome(reason, credit, check.token(), HeartbeatOutcome.NO_REWIND));
    }

    private long credit(PlaybackSession s, long position, long last, long wall, long atMillis) {
        long credited = s.creditedMillis();
        long credit = position - Math.max(last, credited);        // only playback past the credited total is new
        credit = Math.min(credit, wall);                          // never faster than real time
        credit = Math.min(credit, maxCreditMillis);               // one heartbeat: at most interval + tolerance
        credit = Math.min(credit, s.durationMillis() - credited); // never beyond the duration
        long sinceStart = atMillis - s.startedAt().toEpochMilli();
        credit = Math.min(credit, sinceStart - s.sessionCreditedMillis()); // never beyond real time since start
        return Math.max(0, credit);
    }

    private static HeartbeatResult unchanged(PlaybackSession session, HeartbeatReason reason) {
        return new HeartbeatResult(session, HeartbeatOutcome.of(reason));
    }

    private static HeartbeatOutcome outcome(HeartbeatReason reason, long credit, String token, long rewind) {
        if (credit == 0 && token == null && rewind == HeartbeatOutcome.NO_REWIND) {
            return HeartbeatOutcome.of(reason);
        }
        return new HeartbeatOutcome(reason, credit, token, rewind);
    }
}
