package cn.gov.egov.conference.control;

import static cn.gov.egov.conference.control.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.control.Effect.Layout;

class PollingTest {

    private final Fixture f = new Fixture().withRooms();

    /** Ticks every second for so many seconds and answers the venues shown in turn. */
    private List<String> shownOver(int seconds) {
        List<String> shown = new ArrayList<>();
        shown.add(f.state().polling().current());
        for (int i = 0; i < seconds; i++) {
            f.clock.advanceSeconds(1);
            String before = f.state().polling().current();
            String now = f.control.tick().state().polling().current();
            if (!now.equals(before)) {
                shown.add(now);
            }
        }
        return shown;
    }

    @Test
    void pollingToEveryoneShowsEverySubVenueInJoinOrderRoundAndRound() {
        ControlResult r = f.control.startPolling(CHAIR, 10, PollingTarget.ALL);
        assertThat(r.state().polling().current()).isEqualTo("k1");
        assertThat(r.state().polling().nextSwitch()).isEqualTo(f.clock.instant().plusSeconds(10));
        assertThat(r.effects()).containsExactly(new Layout("p1", "k1", "k1"));

        f.clock.advanceSeconds(9);
        assertThat(f.control.tick().effects()).isEmpty();
        f.clock.advanceSeconds(1);
        assertThat(f.control.tick().effects()).containsExactly(new Layout("p1", "w1", "w1"));
        assertThat(shownOver(30)).containsExactly("w1", "d1", "k1", "w1");
    }

    @Test
    void pollingToTheMainVenueChangesOnlyWhatTheMainVenueSees() {
        f.control.broadcast(CHAIR, "p1");
        ControlResult r = f.control.startPolling(CHAIR, 5, PollingTarget.MAIN_VENUE);
        assertThat(r.effects()).containsExactly(new Layout("p1", "p1", "k1"));
        f.clock.advanceSeconds(5);
        assertThat(f.control.tick().effects()).containsExactly(new Layout("p1", "p1", "w1"));
        assertThat(f.state().broadcast()).isEqualTo("p1");
    }

    @Test
    void departedVenuesAreSkippedAndNewcomersComeLast() {
        f.control.startPolling(CHAIR, 10, PollingTarget.ALL);
        f.control.venueLeft("w1");
        f.with(ZHANG);
        assertThat(shownOver(40)).containsExactly("k1", "d1", "z1", "k1", "d1");
    }

    @Test
    void theVenueShownLeavingMovesOnAtOnce() {
        f.control.startPolling(CHAIR, 10, PollingTarget.ALL);
        f.clock.advanceSeconds(3);
        ControlResult r = f.control.venueLeft("k1");
        assertThat(r.state().polling().current()).isEqualTo("w1");
        assertThat(r.state().polling().nextSwitch()).isEqualTo(f.clock.instant().plusSeconds(10));
        assertThat(r.effects()).containsExactly(new Layout("p1", "w1", "w1"));
        f.control.venueLeft("d1");
        assertThat(f.control.venueLeft("w1").state().polling().current()).as("nobody left to show").isNull();
        f.control.venueJoined(ZHANG);
        assertThat(f.control.tick().effects()).containsExactly(new Layout("p1", "z1", "z1"));
    }

    @Test
    void theVenueShownBecomingTheMainVenueMovesOn() {
        f.control.startPolling(CHAIR, 10, PollingTarget.ALL);
        ControlResult r = f.control.designateMain(CHAIR, "k1");
        assertThat(r.state().polling().current()).isEqualTo("w1");
        assertThat(shownOver(20)).containsExactly("w1", "d1", "p1");
    }

    @Test
    void pollingToEveryoneReplacesTheBroadcastAndABroadcastShowsOverIt() {
        f.control.broadcast(CHAIR, "d1");
        assertThat(f.control.startPolling(CHAIR, 10, PollingTarget.ALL).state().broadcast()).isNull();
        assertThat(f.control.broadcast(CHAIR, "p1").effects()).containsExactly(new Layout("p1", "p1", "p1"));
        assertThat(f.control.cancelBroadcast(CHAIR).effects()).containsExactly(new Layout("p1", "k1", "k1"));
    }

    @Test
    void stoppingThePollingClearsItsLayout() {
        f.control.startPolling(CHAIR, 10, PollingTarget.ALL);
        ControlResult r = f.control.stopPolling(CHAIR);
        assertThat(r.state().polling()).isNull();
        assertThat(r.effects()).containsExactly(new Layout("p1", null, null));
        f.clock.advanceSeconds(10);
        assertThat(f.control.tick().effects()).isEmpty();
        assertThatThrownBy(() -> f.control.stopPolling(CHAIR))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> assertThat(e.code()).isEqualTo("no-polling"));
    }

    @Test
    void startingAgainRestartsWithTheNewInterval() {
        f.control.startPolling(CHAIR, 10, PollingTarget.ALL);
        f.clock.advanceSeconds(10);
        f.control.tick();
        ControlResult r = f.control.startPolling(CHAIR, 60, PollingTarget.MAIN_VENUE);
        assertThat(r.state().polling()).isEqualTo(new ControlState.Polling(60, PollingTarget.MAIN_VENUE, "k1",
                f.clock.instant().plusSeconds(60)));
    }

    @Test
    void intervalsOutsideFiveToThreeHundredSecondsAreRejected() {
        for (int seconds : new int[] {0, 4, 301}) {
            assertThatThrownBy(() -> f.control.startPolling(CHAIR, seconds, PollingTarget.ALL))
                    .isInstanceOfSatisfying(ControlRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo("bad-interval");
                        assertThat(e.getMessage()).isEqualTo("轮巡间隔必须在 5 到 300 秒之间");
                    });
        }
        assertThat(f.control.startPolling(CHAIR, 5, PollingTarget.ALL).state().polling()).isNotNull();
        assertThat(f.control.startPolling(CHAIR, 300, PollingTarget.ALL).state().polling()).isNotNull();
    }

    @Test
    void thereMustBeSomethingToPollAndSomeoneToShowItTo() {
        Fixture alone = new Fixture().with(PROVINCE);
        assertThatThrownBy(() -> alone.control.startPolling(CHAIR, 10, PollingTarget.ALL))
                .isInstanceOfSatisfying(ControlRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("no-sub-venues"));
        Fixture noMain = new Fixture().with(KUNMING, WUHUA);
        assertThatThrownBy(() -> noMain.control.startPolling(CHAIR, 10, PollingTarget.MAIN_VENUE))
                .isInstanceOfSatisfying(ControlRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("no-main-venue"));
        assertThat(noMain.control.startPolling(CHAIR, 10, PollingTarget.ALL).state().polling().current())
                .isEqualTo("k1");
    }
}
