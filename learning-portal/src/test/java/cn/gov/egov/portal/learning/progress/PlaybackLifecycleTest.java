package cn.gov.egov.portal.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import cn.gov.egov.platform.testing.MutableClock;

/** Starting and resuming, one counting playback per learner, ending, and the completion rule. */
class PlaybackLifecycleTest {

    private static final ProgressPolicy POLICY = ProgressPolicy.defaults().withoutPresenceChecks();
    private static final UUID LESSON_2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");

    private final MutableClock clock = new MutableClock(Player.T0);
    private final Playbacks playbacks = new Playbacks(clock, new PlaybackLifecycle(POLICY, new SplittableRandom(3)),
            new HeartbeatVerifier(POLICY, new SplittableRandom(4)));

    @Test
    void aSessionStartsWhereTheLearnerStopped() {
        LessonProgress stored = new LessonProgress(Player.LEARNER, Player.LESSON, 600_000, 120_000, 150_000, 140_000);
        PlaybackSession s = new PlaybackLifecycle(POLICY, new SplittableRandom(1)).start(stored, Player.T0);
        assertThat(s.status()).isEqualTo(PlaybackStatus.ACTIVE);
        assertThat(s.lastPositionMillis()).isEqualTo(120_000);
        assertThat(s.furthestPositionMillis()).isEqualTo(150_000);
        assertThat(s.creditedMillis()).isEqualTo(140_000);
        assertThat(s.sessionCreditedMillis()).isZero();
        assertThat(s.sequence()).isZero();
        assertThat(s.startedAt()).isEqualTo(Player.T0).isEqualTo(s.lastHeartbeatAt());
        assertThat(s.progress()).isEqualTo(stored);
    }

    @Test
    void resumeRulesAtTheEndOfTheVideo() {
        assertThat(new LessonProgress(Player.LEARNER, Player.LESSON, 600_000, 598_000, 600_000, 590_000)
                .resumePositionMillis(POLICY)).as("complete: from the start").isZero();
        assertThat(new LessonProgress(Player.LEARNER, Player.LESSON, 600_000, 600_000, 600_000, 300_000)
                .resumePositionMillis(POLICY)).as("incomplete: where credit stands").isEqualTo(300_000);
        assertThat(new LessonProgress(Player.LEARNER, Player.LESSON, 600_000, 594_000, 600_000, 590_000)
                .resumePositionMillis(POLICY)).as("6 s before the end is not the end").isEqualTo(594_000);
        assertThat(LessonProgress.notStarted(Player.LEARNER, Player.LESSON, 600_000).resumePositionMillis(POLICY))
                .isZero();
    }

    @Test
    void completionIsAPolicyParameter() {
        LessonProgress p = new LessonProgress(Player.LEARNER, Player.LESSON, 1_000_000, 0, 950_000, 949_999);
        assertThat(p.isComplete(POLICY)).isFalse();
        assertThat(p.creditedPercent()).isEqualTo(94);
        assertThat(new LessonProgress(Player.LEARNER, Player.LESSON, 1_000_000, 0, 950_000, 950_000)
                .isComplete(POLICY)).isTrue();
        assertThat(p.isComplete(POLICY.withCompletionPercent(90))).isTrue();
        assertThat(p.isComplete(POLICY.withCompletionPercent(100))).isFalse();
    }

    @Test
    void sessionIdsAreRandomAndUrlSafe() {
        PlaybackLifecycle lifecycle = new PlaybackLifecycle(POLICY, new java.security.SecureRandom());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(lifecycle.start(LessonProgress.notStarted(Player.LEARNER, Player.LESSON, 1000), Player.T0).id());
        }
        assertThat(ids).hasSize(1000).allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
    }

    @Test
    void aNewerPlaybackSupersedesTheOlderOneOfTheSameLearner() {
        PlaybackSession first = playbacks.start(LessonProgress.notStarted(Player.LEARNER, Player.LESSON, 600_000));
        PlaybackSession other = playbacks.start(LessonProgress.notStarted(Player.OTHER, Player.LESSON, 600_000));
        clock.advance(Duration.ofSeconds(15));
        assertThat(playbacks.heartbeat(Player.LEARNER, new Heartbeat(first.id(), 1, 15, true, 1))
                .outcome().creditedMillis()).isEqualTo(15_000);

        PlaybackSession second = playbacks.start(LessonProgress.notStarted(Player.LEARNER, LESSON_2, 300_000));
        assertThat(playbacks.find(first.id()).orElseThrow().status()).isEqualTo(PlaybackStatus.SUPERSEDED);
        assertThat(playbacks.active(Player.LEARNER)).contains(second);

        clock.advance(Duration.ofSeconds(15));
        HeartbeatResult old = playbacks.heartbeat(Player.LEARNER, new Heartbeat(first.id(), 2, 30, true, 1));
        assertThat(old.outcome().reason()).isEqualTo(HeartbeatReason.SUPERSEDED);
        assertThat(old.outcome().creditedMillis()).isZero();
        assertThat(playbacks.heartbeat(Player.LEARNER, new Heartbeat(second.id(), 1, 15, true, 1))
                .outcome().creditedMillis()).isEqualTo(15_000);
        assertThat(playbacks.heartbeat(Player.OTHER, new Heartbeat(other.id(), 1, 30, true, 1))
                .outcome().creditedMillis()).as("other learners are not affected; 20 s cap").isEqualTo(20_000);
        assertThat(playbacks.heartbeat(Player.OTHER, new Heartbeat(second.id(), 2, 30, true, 1))
                .outcome().reason()).isEqualTo(HeartbeatReason.WRONG_LEARNER);
    }

    @Test
    void unknownSessionsAndEndingAreHandled() {
        assertThat(playbacks.heartbeat(Player.LEARNER, new Heartbeat("nope", 1, 15, true, 1)).outcome().reason())
                .isEqualTo(HeartbeatReason.UNKNOWN_SESSION);
        assertThat(playbacks.heartbeat(Player.LEARNER, null).outcome().reason())
                .isEqualTo(HeartbeatReason.UNKNOWN_SESSION);
        assertThatThrownBy(() -> playbacks.answerPresence(Player.LEARNER, "nope", "t"))
                .isInstanceOfSatisfying(PlaybackException.class,
                        e -> assertThat(e.code()).isEqualTo("unknown-session"));

        PlaybackSession s = playbacks.start(LessonProgress.notStarted(Player.LEARNER, Player.LESSON, 600_000));
        assertThatThrownBy(() -> playbacks.end(Player.OTHER, s.id()))
                .isInstanceOfSatisfying(PlaybackException.class, e -> assertThat(e.code()).isEqualTo("wrong-learner"));
        assertThat(playbacks.end(Player.LEARNER, s.id()).status()).isEqualTo(PlaybackStatus.ENDED);
        assertThat(playbacks.active(Player.LEARNER)).isEmpty();
        clock.advance(Duration.ofSeconds(15));
        assertThat(playbacks.heartbeat(Player.LEARNER, new Heartbeat(s.id(), 1, 15, true, 1)).outcome().reason())
                .isEqualTo(HeartbeatReason.SESSION_ENDED);
        assertThatThrownBy(() -> playbacks.answerPresence(Player.LEARNER, s.id(), "t"))
                .isInstanceOfSatisfying(PlaybackException.class,
                        e -> assertThat(e.code()).isEqualTo("session-not-live"));

        clock.advance(Duration.ofHours(1));
        assertThat(playbacks.evictIdle(Duration.ofMinutes(30))).isEqualTo(1);
        assertThat(playbacks.find(s.id())).isEmpty();
    }

    @Test
    void policiesAreValidated() {
        assertThatThrownBy(() -> new ProgressPolicy(Duration.ofSeconds(15), Duration.ofSeconds(5), 0.5,
                SeekPolicy.FREE, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(60), 95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POLICY.withPresenceChecks(Duration.ofMinutes(15), Duration.ofMinutes(8),
                Duration.ofSeconds(60))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POLICY.withCompletionPercent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LessonProgress(Player.LEARNER, Player.LESSON, 1000, 0, 500, 600))
                .as("credit beyond the furthest point").isInstanceOf(IllegalArgumentException.class);
        assertThat(POLICY.maxCreditPerHeartbeatMillis()).isEqualTo(20_000);
    }
}
