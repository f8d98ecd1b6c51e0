package cn.gov.egov.conference.control;

import static cn.gov.egov.conference.control.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.control.Effect.ForceMute;
import cn.gov.egov.conference.control.Effect.Layout;

class RollCallTest {

    private final Fixture f = new Fixture().withRooms().with(ZHANG);

    @Test
    void rollCallShowsAndUnmutesTheCalledVenueAndMutesTheOthersButTheMainVenue() {
        f.control.mute(CHAIR, "w1");
        ControlResult r = f.control.rollCall(CHAIR, "w1");
        assertThat(r.state().rollCall().venue()).isEqualTo("w1");
        assertThat(r.state().rollCall().since()).isEqualTo(f.clock.instant());
        assertThat(f.muted()).containsExactly("k1", "d1", "z1");
        assertThat(r.effects()).containsExactly(new ForceMute("k1", true, false), new ForceMute("w1", false, false),
                new ForceMute("d1", true, false), new ForceMute("z1", true, false), new Layout("p1", "w1", "w1"));
        assertThat(r.state().broadcast()).as("a roll call does not touch the broadcast").isNull();
    }

    @Test
    void endingTheRollCallRestoresTheMuteStateFromBeforeIt() {
        f.control.mute(CHAIR, "d1");
        f.control.rollCall(CHAIR, "k1");
        f.control.unmute(CHAIR, "z1");
        ControlResult r = f.control.endRollCall(CHAIR);
        assertThat(r.state().rollCall()).isNull();
        assertThat(f.muted()).containsExactly("d1");
        assertThat(r.effects()).containsExactly(new ForceMute("w1", false, false), new Layout("p1", null, null));
    }

    @Test
    void callingAnotherVenueKeepsWhatTheEndRestores() {
        f.control.mute(CHAIR, "d1");
        f.control.rollCall(CHAIR, "k1");
        ControlResult r = f.control.rollCall(CHAIR, "w1");
        assertThat(f.muted()).containsExactly("k1", "d1", "z1");
        assertThat(r.effects()).containsExactly(new ForceMute("k1", true, false), new ForceMute("w1", false, false),
                new Layout("p1", "w1", "w1"));
        f.control.endRollCall(CHAIR);
        assertThat(f.muted()).containsExactly("d1");
    }

    @Test
    void aVenueJoiningDuringARollCallIsMutedAndGetsANewcomersMuteAfterwards() {
        f.control.rollCall(CHAIR, "k1");
        Venue li = Venue.desktop("x1", "李四", "530100", "li");
        assertThat(f.control.venueJoined(li).effects()).containsExactly(new ForceMute("x1", true, false));
        f.control.endRollCall(CHAIR);
        assertThat(f.muted()).isEmpty();
    }

    @Test
    void theChairsOwnDesktopKeepsItsVoice() {
        f.with(Venue.desktop("c1", "主持人", "530000", "chair"));
        f.control.rollCall(CHAIR, "d1");
        assertThat(f.muted()).containsExactly("k1", "w1", "z1");
    }

    @Test
    void aRollCallOverridesTheBroadcastAndEndingItShowsTheBroadcastAgain() {
        f.control.broadcast(CHAIR, "d1");
        assertThat(f.control.rollCall(CHAIR, "k1").state().layout()).isEqualTo(new Layout("p1", "k1", "k1"));
        assertThat(f.control.endRollCall(CHAIR).effects()).contains(new Layout("p1", "d1", "d1"));
    }

    @Test
    void theCalledVenueLeavingEndsTheRollCall() {
        f.control.mute(CHAIR, "d1");
        f.control.rollCall(CHAIR, "k1");
        ControlResult r = f.control.venueLeft("k1");
        assertThat(r.state().rollCall()).isNull();
        assertThat(f.muted()).containsExactly("d1");
        assertThat(r.effects()).contains(new Layout("p1", null, null));
    }

    @Test
    void aVenueThatLeavesDuringARollCallComesBackWithItsMuteFromBefore() {
        f.control.rollCall(CHAIR, "k1");
        f.control.venueLeft("d1");
        f.control.endRollCall(CHAIR);
        f.control.venueJoined(Venue.room("d2", "大理市会场", "532901", DALI_ROOM));
        assertThat(f.muted()).isEmpty();
    }

    @Test
    void aRaisedHandIsAnsweredByCallingTheVenue() {
        f.control.raiseHand(Controller.terminal("w1"), "w1");
        f.control.rollCall(CHAIR, "w1");
        assertThat(f.venue("w1").handRaised()).isFalse();
    }

    @Test
    void broadcastingMutingEveryoneOrGrantingWaitsForTheRollCallToEnd() {
        f.control.raiseHand(Controller.terminal("d1"), "d1");
        f.control.rollCall(CHAIR, "k1");
        for (Runnable action : new Runnable[] {() -> f.control.broadcast(CHAIR, "w1"),
                () -> f.control.cancelBroadcast(CHAIR), () -> f.control.muteAll(CHAIR, true, null),
                () -> f.control.unmuteAll(CHAIR), () -> f.control.grantHand(CHAIR, "d1")}) {
            assertThatThrownBy(action::run).isInstanceOfSatisfying(ControlRejectedException.class, e -> {
                assertThat(e.code()).isEqualTo("roll-call-active");
                assertThat(e.getMessage()).isEqualTo("正在点名，请先结束点名");
            });
        }
        f.control.endRollCall(CHAIR);
        assertThatThrownBy(() -> f.control.endRollCall(CHAIR))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> assertThat(e.code()).isEqualTo("no-roll-call"));
    }
}
