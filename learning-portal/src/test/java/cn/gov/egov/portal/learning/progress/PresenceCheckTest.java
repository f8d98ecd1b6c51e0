package cn.gov.egov.portal.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Presence checks (防挂机): random times from a seeded generator, no credit while waiting, pause after the timeout. */
class PresenceCheckTest {

    private static final ProgressPolicy POLICY = ProgressPolicy.defaults(); // 8–15 min, 60 s to answer

    @Test
    void checksAreScheduledAtRandomWithinTheConfiguredGap() {
        PresenceChecks checks = new PresenceChecks(POLICY, new SplittableRandom(1));
        Instant t = Player.T0;
        long seenMin = Long.MAX_VALUE;
        long seenMax = 0;
        for (int i = 0; i < 500; i++) {
            long gap = checks.scheduleAfter(t).nextCheckAt().toEpochMilli() - t.toEpochMilli();
            assertThat(gap).isBetween(8 * 60_000L, 15 * 60_000L);
            seenMin = Math.min(seenMin, gap);
            seenMax = Math.max(seenMax, gap);
        }
        assertThat(seenMax - seenMin).as("really random").isGreaterThan(5 * 60_000L);
        assertThat(new PresenceChecks(POLICY, new SplittableRandom(1)).scheduleAfter(t))
                .as("deterministic for a seed")
                .isEqualTo(new PresenceChecks(POLICY, new SplittableRandom(1)).scheduleAfter(t));
        assertThat(new PresenceChecks(POLICY.withoutPresenceChecks(), new SplittableRandom(1)).scheduleAfter(t)
                .nextCheckAt()).isNull();
    }

    @Test
    void aCheckUnansweredPausesTheSessionAndAnsweringResumesIt() {
        Player p = new Player(POLICY, 3600);
        Instant due = p.session.presence().nextCheckAt();
        HeartbeatOutcome o;
        do {
            o = p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15);
            assertThat(o.reason()).isEqualTo(HeartbeatReason.ACCEPTED);
        } while (!o.presenceCheckDue());
        assertThat(p.now).isAfterOrEqualTo(due);
        assertThat(o.creditedMillis()).as("the heartbeat that raises the check still counts").isEqualTo(15_000);
        String token = o.presenceToken();
        assertThat(token).hasSize(22);
        long creditedAtCheck = p.session.creditedMillis();

        // waiting: tracked, not credited, the token repeated so the UI can show the check again
        HeartbeatOutcome waiting = p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15);
        assertThat(waiting.reason()).isEqualTo(HeartbeatReason.PRESENCE_PENDING);
        assertThat(waiting.accepted()).isTrue();
        assertThat(waiting.creditedMillis()).isZero();
        assertThat(waiting.presenceToken()).isEqualTo(token);
        p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15);
        p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15);
        p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15); // 60 s since the check

        // timed out: paused, refused until answered
        HeartbeatOutcome paused = p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15);
        assertThat(paused.reason()).isEqualTo(HeartbeatReason.PAUSED_FOR_PRESENCE);
        assertThat(paused.accepted()).isFalse();
        assertThat(p.session.status()).isEqualTo(PlaybackStatus.PAUSED_FOR_PRESENCE);
        assertThat(p.beat(300, p.session.lastPositionMillis() / 1000.0 + 15).creditedMillis()).isZero();
        assertThat(p.session.creditedMillis()).isEqualTo(creditedAtCheck);

        assertThatThrownBy(() -> p.lifecycle.answerPresence(p.session, Player.LEARNER, "wrong", p.now))
                .isInstanceOfSatisfying(PlaybackException.class,
                        e -> assertThat(e.code()).isEqualTo("presence-token-wrong"));
        assertThatThrownBy(() -> p.lifecycle.answerPresence(p.session, Player.OTHER, token, p.now))
                .isInstanceOfSatisfying(PlaybackException.class, e -> assertThat(e.code()).isEqualTo("wrong-learner"));

        p.now = p.now.plusSeconds(40);
        p.session = p.lifecycle.answerPresence(p.session, Player.LEARNER, token, p.now);
        assertThat(p.session.status()).isEqualTo(PlaybackStatus.ACTIVE);
        assertThat(p.session.presence().pending()).isFalse();
        assertThat(p.session.presence().nextCheckAt()).isAfterOrEqualTo(p.now.plus(Duration.ofMinutes(8)));
        assertThat(p.session.lastHeartbeatAt()).as("time before the answer never counts").isEqualTo(p.now);

        HeartbeatOutcome resumed = p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15);
        assertThat(resumed.reason()).isEqualTo(HeartbeatReason.ACCEPTED);
        assertThat(resumed.creditedMillis()).isEqualTo(15_000);
        assertThatThrownBy(() -> p.lifecycle.answerPresence(p.session, Player.LEARNER, token, p.now))
                .as("an answer is good once").isInstanceOfSatisfying(PlaybackException.class,
                        e -> assertThat(e.code()).isEqualTo("presence-not-pending"));
    }

    @Test
    void aCheckAnsweredInTimeNeverPauses() {
        Player p = new Player(POLICY, 3600);
        HeartbeatOutcome o;
        do {
            o = p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15);
        } while (!o.presenceCheckDue());
        p.now = p.now.plusSeconds(20);
        p.session = p.lifecycle.answerPresence(p.session, Player.LEARNER, o.presenceToken(), p.now);
        // the video played on during the 20 s answer: 35 s of video in 15 s of wall time earns 15 s
        HeartbeatOutcome next = p.beat(15, p.session.lastPositionMillis() / 1000.0 + 35);
        assertThat(next.reason()).isEqualTo(HeartbeatReason.ACCEPTED);
        assertThat(next.creditedMillis()).isEqualTo(15_000);
        assertThat(p.session.sessionCreditedMillis()).isLessThanOrEqualTo(p.elapsedMillis());
        assertThat(p.session.status()).isEqualTo(PlaybackStatus.ACTIVE);
    }

    @Test
    void noCheckIsRaisedWhileTheLearnerHasPaused() {
        Player p = new Player(POLICY, 3600);
        p.now = p.session.presence().nextCheckAt();
        HeartbeatOutcome paused = p.beat(1, 0, false);
        assertThat(paused.presenceCheckDue()).isFalse();
        assertThat(p.beat(15, 15, true).presenceCheckDue()).isTrue();
    }

    @Test
    void claimingToBePausedWhilePositionMovesDoesNotDodgeTheCheck() {
        Player p = new Player(POLICY, 3600);
        HeartbeatOutcome o;
        int beats = 0;
        do {
            o = p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15, false);
            beats++;
        } while (!o.presenceCheckDue() && beats < 100);
        assertThat(o.presenceCheckDue()).isTrue();
        assertThat(p.now).isAfterOrEqualTo(p.session.presence().nextCheckAt());
        assertThat(p.beat(15, p.session.lastPositionMillis() / 1000.0 + 15, false).creditedMillis()).isZero();
    }

    @Test
    void tokensAreUnguessableAndDifferPerCheck() {
        PresenceChecks checks = new PresenceChecks(POLICY, new java.security.SecureRandom());
        PresenceCheck c = checks.scheduleAfter(Player.T0);
        assertThat(checks.ask(c, Player.T0).token()).isNotEqualTo(checks.ask(c, Player.T0).token());
    }
}
