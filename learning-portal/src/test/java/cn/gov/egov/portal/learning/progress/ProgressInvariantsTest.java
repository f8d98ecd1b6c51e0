package cn.gov.egov.portal.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import cn.gov.egov.platform.testing.MutableClock;

/**
 * Property-style: long sessions of random honest and forged heartbeats from a seeded generator, through the
 * registry with a clock moved in 100 ms steps, asserting the invariants after every heartbeat.
 */
class ProgressInvariantsTest {

    private static final ProgressPolicy BASE = ProgressPolicy.defaults()
            .withPresenceChecks(Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofSeconds(30));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void creditNeverExceedsRealTimeTheDurationOrThePerHeartbeatCap(long seed) {
        SplittableRandom dice = new SplittableRandom(seed);
        ProgressPolicy policy = seed % 2 == 0 ? BASE : BASE.withSeekPolicy(SeekPolicy.FREE);
        long duration = dice.nextLong(60_000, 3_600_000);
        MutableClock clock = new MutableClock(Player.T0);
        Playbacks playbacks = new Playbacks(clock, new PlaybackLifecycle(policy, new SplittableRandom(seed)),
                new HeartbeatVerifier(policy, new SplittableRandom(~seed)));
        PlaybackSession start = playbacks.start(LessonProgress.notStarted(Player.LEARNER, Player.LESSON, duration));
        String id = start.id();
        long seq = 0;
        long sumOfCredits = 0;
        String token = null;

        for (int step = 0; step < 3000; step++) {
            clock.advance(Duration.ofMillis(100 * dice.nextLong(0, 400))); // 0–40 s in 100 ms steps
            PlaybackSession before = playbacks.find(id).orElseThrow();
            long wall = clock.instant().toEpochMilli() - before.lastHeartbeatAt().toEpochMilli();
            double last = before.lastPositionMillis() / 1000.0;
            double rate = dice.nextInt(10) == 0 ? 2.0 : 1.0;
            double position = last + wall / 1000.0 * rate;
            long nextSeq = seq + 1;
            UUID learner = Player.LEARNER;
            int kind = dice.nextInt(100);
            if (kind < 8) {
                position = dice.nextDouble(0, duration / 1000.0 * 1.2);       // jump anywhere
            } else if (kind < 14) {
                position = last + wall / 1000.0 * dice.nextDouble(2, 20);     // faster than real time
            } else if (kind < 18) {
                nextSeq = dice.nextLong(-1, seq + 1);                         // replay / out of order
            } else if (kind < 21) {
                learner = Player.OTHER;                                       // another learner
            } else if (kind < 24) {
                position = last;                                              // paused
            } else if (kind < 26) {
                position = dice.nextBoolean() ? Double.NaN : -1;              // garbage
            } else if (kind < 30 && token != null) {
                playbacks.answerPresence(Player.LEARNER, id, token);          // the learner answers
                token = null;
                continue;
            }
            if (learner == Player.LEARNER && nextSeq > seq) {
                seq = nextSeq;
            }
            HeartbeatResult r = playbacks.heartbeat(learner,
                    new Heartbeat(id, nextSeq, position, kind >= 24 || kind < 21, rate));
            HeartbeatOutcome o = r.outcome();
            PlaybackSession s = playbacks.find(id).orElseThrow();
            token = o.presenceToken();
            sumOfCredits += o.creditedMillis();

            assertThat(o.creditedMillis()).isBetween(0L, Math.min(Math.max(wall, 0), 20_000));
            if (!o.accepted() || before.presence().pending()) {
                assertThat(o.creditedMillis()).isZero();
            }
            assertThat(s.sessionCreditedMillis()).isEqualTo(sumOfCredits)
                    .isLessThanOrEqualTo(clock.instant().toEpochMilli() - s.startedAt().toEpochMilli());
            assertThat(s.creditedMillis()).isLessThanOrEqualTo(s.furthestPositionMillis());
            assertThat(s.furthestPositionMillis()).isLessThanOrEqualTo(duration)
                    .isLessThanOrEqualTo((long) ((clock.instant().toEpochMilli() - s.startedAt().toEpochMilli())
                            * policy.maxPlaybackRate()));
            if (policy.seekPolicy() == SeekPolicy.NO_SEEK_BEYOND_FURTHEST && !s.isComplete(policy)) {
                assertThat(s.lastPositionMillis())
                        .isLessThanOrEqualTo(s.furthestPositionMillis() + policy.tolerance().toMillis());
            }
            if (s.status() == PlaybackStatus.PAUSED_FOR_PRESENCE) {
                assertThat(o.creditedMillis()).isZero();
            }
        }
        PlaybackSession end = playbacks.find(id).orElseThrow();
        assertThat(end.creditedMillis()).as("the honest share of the heartbeats earns something").isPositive();
    }
}
