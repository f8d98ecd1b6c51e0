package cn.gov.egov.portal.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Heartbeats that do not belong: replays, another learner's session, dead sessions, unknown ids. */
class ForgedHeartbeatTest {

    private static final ProgressPolicy POLICY = ProgressPolicy.defaults().withoutPresenceChecks();

    @Test
    void aReplayedSequenceNumberIsRejectedAndCreditsNothing() {
        Player p = new Player(POLICY, 600);
        p.play(2);
        PlaybackSession before = p.session;
        p.now = p.now.plusSeconds(15);
        HeartbeatOutcome replay = p.send(new Heartbeat(before.id(), 2, 45, true, 1.0));
        assertThat(replay.reason()).isEqualTo(HeartbeatReason.REPLAYED_SEQUENCE);
        assertThat(replay.accepted()).isFalse();
        assertThat(replay.creditedMillis()).isZero();
        assertThat(p.session).isSameAs(before);
    }

    @Test
    void anOutOfOrderHeartbeatIsRejectedButGapsAreFine() {
        Player p = new Player(POLICY, 600);
        p.now = p.now.plusSeconds(15);
        assertThat(p.send(new Heartbeat(p.session.id(), 5, 15, true, 1.0)).creditedMillis()).isEqualTo(15_000);
        p.now = p.now.plusSeconds(15);
        assertThat(p.send(new Heartbeat(p.session.id(), 4, 30, true, 1.0)).reason())
                .isEqualTo(HeartbeatReason.REPLAYED_SEQUENCE);
        assertThat(p.send(new Heartbeat(p.session.id(), 0, 30, true, 1.0)).reason())
                .isEqualTo(HeartbeatReason.REPLAYED_SEQUENCE);
        assertThat(p.send(new Heartbeat(p.session.id(), -1, 30, true, 1.0)).reason())
                .isEqualTo(HeartbeatReason.REPLAYED_SEQUENCE);
        assertThat(p.send(new Heartbeat(p.session.id(), 9, 30, true, 1.0)).creditedMillis()).isEqualTo(15_000);
        assertThat(p.session.sequence()).isEqualTo(9);
    }

    @Test
    void replayingAWholeRecordedRunEarnsNothingTwice() {
        Player p = new Player(POLICY, 600);
        p.play(10);
        long credited = p.session.creditedMillis();
        for (long seq = 1; seq <= 10; seq++) {
            p.now = p.now.plusSeconds(15);
            assertThat(p.send(new Heartbeat(p.session.id(), seq, 15.0 * seq, true, 1.0)).creditedMillis()).isZero();
        }
        assertThat(p.session.creditedMillis()).isEqualTo(credited);
    }

    @Test
    void anotherLearnersSessionIsRejected() {
        Player p = new Player(POLICY, 600);
        p.play(1);
        PlaybackSession before = p.session;
        p.now = p.now.plusSeconds(15);
        HeartbeatOutcome o = p.sendAs(Player.OTHER, new Heartbeat(before.id(), 2, 30, true, 1.0));
        assertThat(o.reason()).isEqualTo(HeartbeatReason.WRONG_LEARNER);
        assertThat(o.creditedMillis()).isZero();
        assertThat(p.session).as("not even the sequence number is used up").isSameAs(before);
        assertThat(p.sendAs(Player.LEARNER, new Heartbeat(before.id(), 2, 30, true, 1.0)).creditedMillis())
                .isEqualTo(15_000);
    }

    @Test
    void aHeartbeatNamingAnotherSessionOrNoneIsRejected() {
        Player p = new Player(POLICY, 600);
        p.now = p.now.plusSeconds(15);
        assertThat(p.send(new Heartbeat("guessed-session-id", 1, 15, true, 1.0)).reason())
                .isEqualTo(HeartbeatReason.UNKNOWN_SESSION);
        assertThat(p.send(new Heartbeat(null, 1, 15, true, 1.0)).reason())
                .isEqualTo(HeartbeatReason.UNKNOWN_SESSION);
        HeartbeatResult none = p.verifier.verify(null, Player.LEARNER,
                new Heartbeat("x", 1, 15, true, 1.0), p.now);
        assertThat(none.outcome().reason()).isEqualTo(HeartbeatReason.UNKNOWN_SESSION);
        assertThat(p.verifier.verify(p.session, Player.LEARNER, null, p.now).outcome().reason())
                .isEqualTo(HeartbeatReason.UNKNOWN_SESSION);
    }

    @Test
    void heartbeatsAfterTheSessionWasSupersededOrEndedCreditNothing() {
        Player p = new Player(POLICY, 600);
        p.play(2);
        p.session = p.lifecycle.supersede(p.session);
        assertThat(p.session.status()).isEqualTo(PlaybackStatus.SUPERSEDED);
        HeartbeatOutcome o = p.beat(15, 45);
        assertThat(o.reason()).isEqualTo(HeartbeatReason.SUPERSEDED);
        assertThat(o.creditedMillis()).isZero();
        assertThat(o.reason().message()).contains("其他页面或设备");
        assertThat(p.session.creditedMillis()).isEqualTo(30_000);

        Player q = new Player(POLICY, 600);
        q.play(1);
        q.session = q.lifecycle.end(q.session, Player.LEARNER);
        assertThat(q.beat(15, 30).reason()).isEqualTo(HeartbeatReason.SESSION_ENDED);
        assertThat(q.lifecycle.supersede(q.session).status()).as("ended stays ended").isEqualTo(PlaybackStatus.ENDED);
    }
}
