package cn.gov.egov.portal.learning.progress;

import static cn.gov.egov.portal.learning.progress.HeartbeatReason.ACCEPTED;
import static cn.gov.egov.portal.learning.progress.HeartbeatReason.INVALID_HEARTBEAT;
import static cn.gov.egov.portal.learning.progress.HeartbeatReason.RATE_NOT_ALLOWED;
import static cn.gov.egov.portal.learning.progress.HeartbeatReason.SEEKED;
import static cn.gov.egov.portal.learning.progress.HeartbeatReason.SEEK_BEYOND_FURTHEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Honest playback and the ways a position can move: seeks, fast rates, stalls, the end of the video. */
class HeartbeatVerifierTest {

    private static final ProgressPolicy NO_SEEK = ProgressPolicy.defaults().withoutPresenceChecks();
    private static final ProgressPolicy FREE = NO_SEEK.withSeekPolicy(SeekPolicy.FREE);

    @Test
    void honestPlaybackIsCreditedInRealTime() {
        Player p = new Player(NO_SEEK, 600);
        HeartbeatOutcome first = p.beat(15, 15);
        assertThat(first.reason()).isEqualTo(ACCEPTED);
        assertThat(first.creditedMillis()).isEqualTo(15_000);
        assertThat(p.play(3)).isEqualTo(45_000);
        assertThat(p.session.creditedMillis()).isEqualTo(60_000);
        assertThat(p.session.sessionCreditedMillis()).isEqualTo(60_000);
        assertThat(p.session.furthestPositionMillis()).isEqualTo(60_000);
        assertThat(p.session.lastPositionMillis()).isEqualTo(60_000);
        assertThat(p.session.sequence()).isEqualTo(4);
    }

    @Test
    void creditIsTheSmallerOfPositionAdvanceAndWallTime() {
        Player p = new Player(NO_SEEK, 600);
        assertThat(p.beat(15, 10).creditedMillis()).as("player buffered: 10 s of video in 15 s").isEqualTo(10_000);
        assertThat(p.beat(15, 10, false).creditedMillis()).as("paused").isZero();
        assertThat(p.beat(15, 10.5).creditedMillis()).isEqualTo(500);
    }

    @Test
    void fasterThanRealTimeCreditsAtMostRealTime() {
        // 2× is offered by the player: accepted, but 30 s of video in 15 s earns 15 s
        Player p = new Player(NO_SEEK, 600);
        p.rate = 2.0;
        HeartbeatOutcome twice = p.beat(15, 30);
        assertThat(twice.reason()).isEqualTo(ACCEPTED);
        assertThat(twice.creditedMillis()).isEqualTo(15_000);
        assertThat(p.session.furthestPositionMillis()).isEqualTo(30_000);

        // 60 s of position in 15 s of wall time, on a course that allows 4×: still 15 s at most
        ProgressPolicy fast = new ProgressPolicy(Duration.ofSeconds(15), Duration.ofSeconds(5), 4.0,
                SeekPolicy.NO_SEEK_BEYOND_FURTHEST, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(60), 95);
        Player q = new Player(fast, 600);
        q.rate = 4.0;
        assertThat(q.beat(15, 60).creditedMillis()).isEqualTo(15_000);

        // the same forged 60-in-15 where only 2× is possible: a seek, refused on first viewing, nothing under FREE
        Player r = new Player(NO_SEEK, 600);
        HeartbeatOutcome forged = r.beat(15, 60);
        assertThat(forged.reason()).isEqualTo(SEEK_BEYOND_FURTHEST);
        assertThat(forged.creditedMillis()).isZero();
        Player s = new Player(FREE, 600);
        assertThat(s.beat(15, 60).creditedMillis()).isZero();
    }

    @Test
    void creditLostToFastPlaybackIsEarnedByWatchingOn() {
        Player p = new Player(NO_SEEK, 120);
        p.rate = 2.0;
        for (int i = 1; i <= 4; i++) {
            p.beat(15, 30 * i);
        }
        assertThat(p.session.lastPositionMillis()).isEqualTo(120_000);
        assertThat(p.session.creditedMillis()).isEqualTo(60_000);
        assertThat(p.session.isComplete(NO_SEEK)).isFalse();
        // resuming puts the player where credit stands; watching at 1× from there earns the rest
        LessonProgress stored = p.session.progress();
        assertThat(stored.resumePositionMillis(NO_SEEK)).isEqualTo(60_000);
        Player again = new Player(NO_SEEK, stored, 3);
        assertThat(again.play(4)).isEqualTo(60_000);
        assertThat(again.session.creditedMillis()).isEqualTo(120_000);
        assertThat(again.session.isComplete(NO_SEEK)).isTrue();
    }

    @Test
    void timeSpentPausedIsNoReserveForFastPlaybackLater() {
        Player p = new Player(NO_SEEK, 600);
        p.play(2);
        for (int i = 0; i < 4; i++) {
            assertThat(p.beat(15, 30, false).creditedMillis()).isZero();
        }
        p.rate = 2.0;
        assertThat(p.beat(15, 60).creditedMillis()).as("wall time since the last heartbeat").isEqualTo(15_000);
    }

    @Test
    void aRateAboveTheCoursesMaximumIsRefusedAndThePlayerSentBack() {
        Player p = new Player(NO_SEEK, 600);
        p.play(2);
        p.rate = 16;
        HeartbeatOutcome o = p.beat(15, 45);
        assertThat(o.reason()).isEqualTo(RATE_NOT_ALLOWED);
        assertThat(o.accepted()).isFalse();
        assertThat(o.creditedMillis()).isZero();
        assertThat(o.rewindToMillis()).isEqualTo(30_000);
        assertThat(p.session.lastPositionMillis()).isEqualTo(30_000);
    }

    @Test
    void aPositionJumpBeyondTheFurthestPointIsRefusedOnFirstViewing() {
        Player p = new Player(NO_SEEK, 1800);
        p.play(4);
        HeartbeatOutcome jump = p.beat(15, 900);
        assertThat(jump.reason()).isEqualTo(SEEK_BEYOND_FURTHEST);
        assertThat(jump.accepted()).isFalse();
        assertThat(jump.creditedMillis()).isZero();
        assertThat(jump.rewindRequired()).isTrue();
        assertThat(jump.rewindToMillis()).isEqualTo(60_000);
        assertThat(jump.reason().message()).contains("最远观看位置");
        assertThat(p.session.furthestPositionMillis()).isEqualTo(60_000);
        assertThat(p.session.creditedMillis()).isEqualTo(60_000);
        // the player obeys and plays on from the furthest point
        assertThat(p.beat(15, 75).creditedMillis()).isEqualTo(15_000);
        // a seek is no playback: going back, waiting 40 s, then jumping 60 s past the furthest point is refused
        p.beat(15, 0);
        HeartbeatOutcome late = p.beat(40, 135);
        assertThat(late.reason()).isEqualTo(SEEK_BEYOND_FURTHEST);
        assertThat(late.rewindToMillis()).isEqualTo(75_000);
        assertThat(p.session.lastPositionMillis()).isEqualTo(75_000);
    }

    @Test
    void positionJitterWithinTheToleranceIsNotASeek() {
        Player p = new Player(NO_SEEK, 600);
        p.play(2);
        HeartbeatOutcome o = p.beat(15, 49); // 19 s of video in 15 s: within 15 × 2 + 5
        assertThat(o.reason()).isEqualTo(ACCEPTED);
        assertThat(o.creditedMillis()).isEqualTo(15_000);
    }

    @Test
    void backwardSeeksAreFreeButWatchingAgainEarnsNothingNew() {
        Player p = new Player(NO_SEEK, 600);
        p.play(8); // 0–120 s credited
        HeartbeatOutcome back = p.beat(15, 30);
        assertThat(back.reason()).isEqualTo(SEEKED);
        assertThat(back.creditedMillis()).isZero();
        assertThat(p.play(6)).as("30–120 s again").isZero();
        assertThat(p.beat(15, 135).creditedMillis()).as("new content again").isEqualTo(15_000);
        // forward seek back into watched content is allowed on first viewing
        p.beat(15, 20);
        HeartbeatOutcome forward = p.beat(15, 130);
        assertThat(forward.reason()).isEqualTo(SEEKED);
        assertThat(forward.accepted()).isTrue();
        assertThat(p.session.creditedMillis()).isEqualTo(135_000);
    }

    @Test
    void freeSeekingTakesThePositionButCreditsOnlyContinuousPlayback() {
        Player p = new Player(FREE, 1800);
        p.play(2);
        HeartbeatOutcome jump = p.beat(15, 900);
        assertThat(jump.reason()).isEqualTo(SEEKED);
        assertThat(jump.creditedMillis()).isZero();
        assertThat(jump.rewindRequired()).isFalse();
        assertThat(p.session.lastPositionMillis()).isEqualTo(900_000);
        assertThat(p.session.furthestPositionMillis()).isEqualTo(30_000);
        assertThat(p.beat(15, 915).creditedMillis()).isEqualTo(15_000);
        assertThat(p.session.creditedMillis()).isEqualTo(45_000);
    }

    @Test
    void afterCompletionSeekingIsFreeEvenUnderNoSeek() {
        Player p = new Player(NO_SEEK, 300);
        p.play(19); // 285 s of 300 = 95 %
        assertThat(p.session.isComplete(NO_SEEK)).isTrue();
        p.beat(15, 10);
        assertThat(p.beat(15, 299).reason()).isEqualTo(SEEKED);
    }

    @Test
    void oneHeartbeatNeverCreditsMoreThanTheIntervalPlusTolerance() {
        Player p = new Player(NO_SEEK, 600);
        // the player went quiet for 60 s and reports 60 s of playback
        HeartbeatOutcome late = p.beat(60, 60);
        assertThat(late.reason()).isEqualTo(ACCEPTED);
        assertThat(late.creditedMillis()).isEqualTo(20_000);
    }

    @Test
    void floodingHeartbeatsCannotOutrunTheClock() {
        Player p = new Player(NO_SEEK, 600);
        // a beat every 100 ms, each claiming 4.9 s more video (inside the 5 s tolerance)
        for (int i = 0; i < 200; i++) {
            p.beat(0.1, p.session.lastPositionMillis() / 1000.0 + 4.9);
        }
        assertThat(p.elapsedMillis()).isEqualTo(20_000);
        assertThat(p.session.sessionCreditedMillis()).isLessThanOrEqualTo(20_000);
        assertThat(p.session.furthestPositionMillis()).as("2× of 20 s").isLessThanOrEqualTo(40_000);
        assertThat(p.session.lastPositionMillis()).isLessThanOrEqualTo(40_000 + 5_000);
    }

    @Test
    void theServerClockGoingBackwardsCountsNoTime() {
        Player p = new Player(NO_SEEK, 600);
        p.play(2);
        HeartbeatOutcome o = p.beat(-10, 35);
        assertThat(o.creditedMillis()).isZero();
        assertThat(p.session.lastHeartbeatAt()).isEqualTo(Player.T0.plusSeconds(30));
        assertThat(p.beat(25, 45).creditedMillis()).as("15 s of wall time since the last heartbeat").isEqualTo(10_000);
    }

    @Test
    void creditStopsAtTheEndOfTheVideo() {
        Player p = new Player(NO_SEEK, 40);
        p.play(2);
        HeartbeatOutcome end = p.beat(15, 45); // the player reports past the end
        assertThat(end.creditedMillis()).isEqualTo(10_000);
        assertThat(p.session.creditedMillis()).isEqualTo(40_000);
        assertThat(p.session.lastPositionMillis()).isEqualTo(40_000);
        assertThat(p.beat(15, 40).creditedMillis()).isZero();
    }

    @Test
    void malformedNumbersAreRefusedAndUseUpTheSequenceNumber() {
        Player p = new Player(NO_SEEK, 600);
        assertThat(p.beat(15, Double.NaN).reason()).isEqualTo(INVALID_HEARTBEAT);
        assertThat(p.beat(15, -3).reason()).isEqualTo(INVALID_HEARTBEAT);
        assertThat(p.beat(15, Double.POSITIVE_INFINITY).reason()).isEqualTo(INVALID_HEARTBEAT);
        p.rate = 0;
        assertThat(p.beat(15, 15).reason()).isEqualTo(INVALID_HEARTBEAT);
        assertThat(p.session.sequence()).isEqualTo(4);
        assertThat(p.session.creditedMillis()).isZero();
    }
}
