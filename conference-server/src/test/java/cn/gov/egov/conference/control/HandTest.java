package cn.gov.egov.conference.control;

import static cn.gov.egov.conference.control.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.control.AuditRecord.Outcome;
import cn.gov.egov.conference.control.Effect.ForceMute;
import cn.gov.egov.conference.control.Effect.Layout;

class HandTest {

    private final Fixture f = new Fixture().withRooms().with(ZHANG);

    @Test
    void aRoomTerminalRaisesItsOwnHand() {
        ControlResult r = f.control.raiseHand(Controller.terminal("w1"), "w1");
        assertThat(f.venue("w1").handRaisedAt()).isEqualTo(f.clock.instant());
        assertThat(r.effects()).as("hands are shown from the state, nothing to do on the bridge").isEmpty();
        assertThat(r.audit()).get().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("terminal:w1");
            assertThat(a.actorRole()).isEqualTo("TERMINAL");
            assertThat(a.actorRegion()).isEqualTo("530102");
            assertThat(a.action()).isEqualTo(ControlAction.RAISE_HAND);
            assertThat(a.outcome()).isEqualTo(Outcome.ALLOWED);
        });
    }

    @Test
    void aDesktopUserRaisesAndLowersTheirOwnHandAndRaisingAgainKeepsTheFirstTime() {
        f.control.raiseHand(LEARNER, "z1");
        f.clock.advanceSeconds(5);
        f.control.raiseHand(LEARNER, "z1");
        assertThat(f.venue("z1").handRaisedAt()).isEqualTo(f.clock.instant().minusSeconds(5));
        f.control.lowerHand(LEARNER, "z1");
        assertThat(f.venue("z1").handRaised()).isFalse();
    }

    @Test
    void nobodyRaisesAnotherVenuesHand() {
        for (Controller other : new Controller[] {Controller.terminal("k1"), LEARNER, CHAIR, SYSTEM_ADMIN}) {
            assertThatThrownBy(() -> f.control.raiseHand(other, "w1"))
                    .isInstanceOfSatisfying(ControlDeniedException.class, e -> {
                        assertThat(e.code()).isEqualTo("not-self");
                        assertThat(e.getMessage()).isEqualTo("只能为本会场举手或放下手");
                        assertThat(e.audit()).get().extracting(AuditRecord::outcome).isEqualTo(Outcome.DENIED);
                    });
        }
        assertThatThrownBy(() -> f.control.raiseHand(Controller.terminal("z1"), "z1"))
                .as("a terminal is not a desktop user").isInstanceOf(ControlDeniedException.class);
        assertThat(f.venue("w1").handRaised()).isFalse();
    }

    @Test
    void grantingTheFloorUnmutesAndBroadcastsTheVenue() {
        f.control.muteAll(CHAIR, true, null);
        f.control.raiseHand(Controller.terminal("d1"), "d1");
        ControlResult r = f.control.grantHand(CHAIR, "d1");
        assertThat(r.state().broadcast()).isEqualTo("d1");
        assertThat(f.venue("d1").audioMuted()).isFalse();
        assertThat(f.venue("d1").handRaised()).isFalse();
        assertThat(r.effects()).containsExactly(new ForceMute("d1", false, false), new Layout("p1", "d1", "d1"));
        assertThat(r.audit()).get().extracting(AuditRecord::action).isEqualTo(ControlAction.GRANT_HAND);
    }

    @Test
    void refusingLowersTheHandAndChangesNothingElse() {
        f.control.raiseHand(Controller.terminal("d1"), "d1");
        ControlResult r = f.control.refuseHand(CHAIR, "d1");
        assertThat(f.venue("d1").handRaised()).isFalse();
        assertThat(r.state().broadcast()).isNull();
        assertThat(r.effects()).isEmpty();
    }

    @Test
    void thereIsNothingToGrantOrRefuseWithoutARaisedHand() {
        assertThatThrownBy(() -> f.control.grantHand(CHAIR, "d1"))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("no-hand-raised");
                    assertThat(e.getMessage()).isEqualTo("该会场没有举手");
                });
        assertThatThrownBy(() -> f.control.refuseHand(CHAIR, "d1")).isInstanceOf(ControlRejectedException.class);
    }

    @Test
    void aPrefectureAdministratorAnswersHandsOfItsOwnCountiesOnly() {
        f.control.raiseHand(Controller.terminal("w1"), "w1");
        f.control.raiseHand(Controller.terminal("d1"), "d1");
        assertThat(f.control.grantHand(KUNMING_ADMIN, "w1").state().broadcast()).isEqualTo("w1");
        assertThatThrownBy(() -> f.control.grantHand(KUNMING_ADMIN, "d1"))
                .isInstanceOfSatisfying(ControlDeniedException.class, e -> assertThat(e.code()).isEqualTo("outside-region"));
        assertThat(f.venue("d1").handRaised()).isTrue();
    }

    @Test
    void aTerminalControlsNothingElse() {
        assertThatThrownBy(() -> f.control.unmute(Controller.terminal("w1"), "w1"))
                .isInstanceOfSatisfying(ControlDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-a-controller");
                    assertThat(e.audit()).get().satisfies(a -> {
                        assertThat(a.actor()).isEqualTo("terminal:w1");
                        assertThat(a.targetVenue()).isEqualTo("w1");
                    });
                });
    }

    @Test
    void theHandOfAVenueThatLeavesGoesWithIt() {
        f.control.raiseHand(Controller.terminal("w1"), "w1");
        f.control.venueLeft("w1");
        f.control.venueJoined(Venue.room("w2", "五华区会场", "530102", WUHUA_ROOM));
        assertThat(f.venue("w2").handRaised()).isFalse();
    }
}
