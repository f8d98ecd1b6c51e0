package cn.gov.egov.portal.learning.progress;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/** A scripted player against the verifier: a fixed-step server clock and a session it keeps up to date. */
final class Player {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final UUID LEARNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID LESSON = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    final ProgressPolicy policy;
    final HeartbeatVerifier verifier;
    final PlaybackLifecycle lifecycle;
    PlaybackSession session;
    Instant now = T0;
    long seq;
    double rate = 1.0;

    Player(ProgressPolicy policy, long durationSeconds) {
        this(policy, LessonProgress.notStarted(LEARNER, LESSON, durationSeconds * 1000), 7);
    }

    Player(ProgressPolicy policy, LessonProgress progress, long seed) {
        this.policy = policy;
        this.verifier = new HeartbeatVerifier(policy, new SplittableRandom(seed));
        this.lifecycle = new PlaybackLifecycle(policy, new SplittableRandom(seed + 1));
        this.session = lifecycle.start(progress, now);
    }

    /** {@code seconds} of server time pass, then a playing heartbeat at {@code position} seconds. */
    HeartbeatOutcome beat(double seconds, double position) {
        return beat(seconds, position, true);
    }

    HeartbeatOutcome beat(double seconds, double position, boolean playing) {
        now = now.plusMillis(Math.round(seconds * 1000));
        return send(new Heartbeat(session.id(), ++seq, position, playing, rate));
    }

    /** {@code n} heartbeats of honest 1× playback, 15 s apart; returns the credit they earned in ms. */
    long play(int n) {
        long credit = 0;
        for (int i = 0; i < n; i++) {
            credit += beat(15, session.lastPositionMillis() / 1000.0 + 15).creditedMillis();
        }
        return credit;
    }

    HeartbeatOutcome send(Heartbeat beat) {
        return sendAs(LEARNER, beat);
    }

    HeartbeatOutcome sendAs(UUID learner, Heartbeat beat) {
        HeartbeatResult result = verifier.verify(session, learner, beat, now);
        session = result.session();
        return result.outcome();
    }

    long elapsedMillis() {
        return now.toEpochMilli() - T0.toEpochMilli();
    }
}
