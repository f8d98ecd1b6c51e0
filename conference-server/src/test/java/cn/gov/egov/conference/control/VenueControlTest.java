package cn.gov.egov.conference.control;

import static cn.gov.egov.conference.control.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.control.AuditRecord.Outcome;
import cn.gov.egov.conference.control.Effect.ForceMute;
import cn.gov.egov.conference.control.Effect.Layout;
import cn.gov.egov.conference.control.Effect.ReceiverLimit;

class VenueControlTest {

    private final Fixture f = new Fixture();

    @Test
    void venuesAreKeptInJoinOrderAndTheMainRoomBecomesTheMainVenue() {
        ControlResult first = f.control.venueJoined(PROVINCE);
        assertThat(first.effects()).containsExactly(new Layout("p1", null, null));
        assertThat(first.audit()).isEmpty();
        f.with(KUNMING, WUHUA, DALI);
        assertThat(f.state().venues()).extracting(VenueState::id).containsExactly("p1", "k1", "w1", "d1");
        assertThat(f.state().mainVenue()).isEqualTo("p1");
        assertThat(f.state().subVenues()).extracting(VenueState::id).containsExactly("k1", "w1", "d1");
        assertThat(f.state().revision()).isEqualTo(4);
        assertThat(f.venue("w1").joinedAt()).isEqualTo(START.plusSeconds(1));
    }

    @Test
    void designatingTheMainVenueMovesItAndAReconnectingMainRoomIsMainAgain() {
        f.withRooms();
        ControlResult r = f.control.designateMain(CHAIR, "k1");
        assertThat(r.state().mainVenue()).isEqualTo("k1");
        assertThat(r.state().mainVenueIdentity()).isEqualTo("room:" + KUNMING_ROOM);
        assertThat(r.effects()).containsExactly(new Layout("k1", null, null));
        assertThat(r.audit()).get().satisfies(a -> {
            assertThat(a.action()).isEqualTo(ControlAction.DESIGNATE_MAIN);
            assertThat(a.actor()).isEqualTo("chair");
            assertThat(a.targetVenue()).isEqualTo("k1");
            assertThat(a.targetRegion()).isEqualTo("530100");
            assertThat(a.outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(a.reason()).isNull();
        });
        assertThat(f.control.venueLeft("k1").effects()).containsExactly(new Layout(null, null, null));
        assertThat(f.state().mainVenue()).isNull();
        f.control.venueJoined(Venue.room("k2", "昆明市会场", "530100", KUNMING_ROOM));
        assertThat(f.state().mainVenue()).isEqualTo("k2");
    }

    @Test
    void broadcastShowsAVenueToEveryoneUntilCancelled() {
        f.withRooms();
        ControlResult r = f.control.broadcast(CHAIR, "w1");
        assertThat(r.state().broadcast()).isEqualTo("w1");
        assertThat(r.effects()).containsExactly(new Layout("p1", "w1", "w1"));
        assertThat(f.control.cancelBroadcast(CHAIR).effects()).containsExactly(new Layout("p1", null, null));
        assertThatThrownBy(() -> f.control.cancelBroadcast(CHAIR))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("no-broadcast");
                    assertThat(e.getMessage()).isEqualTo("当前没有广播会场");
                    assertThat(e.audit()).get().extracting(AuditRecord::outcome).isEqualTo(Outcome.REJECTED);
                });
    }

    @Test
    void muteAndCameraOfOneVenueAreForcedOnTheBridge() {
        f.withRooms();
        assertThat(f.control.mute(CHAIR, "k1").effects()).containsExactly(new ForceMute("k1", true, false));
        assertThat(f.control.cameraOff(CHAIR, "k1").effects()).containsExactly(new ForceMute("k1", true, true));
        assertThat(f.control.unmute(CHAIR, "k1").effects()).containsExactly(new ForceMute("k1", false, true));
        assertThat(f.control.cameraOn(CHAIR, "k1").effects()).containsExactly(new ForceMute("k1", false, false));
        assertThat(f.venue("k1").audioMuted()).isFalse();
        assertThat(f.venue("k1").videoOff()).isFalse();
    }

    @Test
    void anActionThatChangesNothingKeepsTheRevisionAndHasNoEffects() {
        f.withRooms();
        long revision = f.control.mute(CHAIR, "k1").state().revision();
        ControlResult again = f.control.mute(CHAIR, "k1");
        assertThat(again.state().revision()).isEqualTo(revision);
        assertThat(again.effects()).isEmpty();
        assertThat(again.audit()).isPresent();
        assertThat(f.control.tick().state()).isSameAs(again.state());
    }

    @Test
    void muteAllSparesTheMainVenueOrASpeakerAndMutesLaterJoinersUntilUnmuteAll() {
        f.withRooms();
        ControlResult r = f.control.muteAll(CHAIR, true, null);
        assertThat(r.effects()).containsExactly(new ForceMute("k1", true, false), new ForceMute("w1", true, false),
                new ForceMute("d1", true, false));
        assertThat(f.control.venueJoined(ZHANG).effects()).containsExactly(new ForceMute("z1", true, false));

        f.control.muteAll(CHAIR, false, "w1");
        assertThat(f.muted()).containsExactly("p1", "k1", "d1", "z1");
        f.control.venueLeft("w1");
        f.control.venueJoined(Venue.room("w2", "五华区会场", "530102", WUHUA_ROOM));
        assertThat(f.venue("w2").audioMuted()).as("the speaker reconnects unmuted").isFalse();

        ControlResult un = f.control.unmuteAll(CHAIR);
        assertThat(f.muted()).isEmpty();
        assertThat(un.effects()).containsExactly(new ForceMute("p1", false, false), new ForceMute("k1", false, false),
                new ForceMute("d1", false, false), new ForceMute("z1", false, false));
        assertThat(f.control.venueJoined(Venue.desktop("x1", "李四", "530100", "li")).effects()).isEmpty();
        assertThatThrownBy(() -> f.control.muteAll(CHAIR, false, "nobody"))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> assertThat(e.code()).isEqualTo("unknown-venue"));
    }

    @Test
    void forcedSettingsStayWithAVenueThatReconnects() {
        f.withRooms();
        f.control.mute(CHAIR, "k1");
        f.control.thinLink(CHAIR, "k1", ThinLink.LOW);
        f.control.venueLeft("k1");
        ControlResult back = f.control.venueJoined(Venue.room("k2", "昆明市会场", "530100", KUNMING_ROOM));
        assertThat(back.effects()).containsExactly(new ForceMute("k2", true, false),
                new ReceiverLimit("k2", ThinLink.LOW, 180, false));
        assertThat(back.state().departed()).isEmpty();
    }

    @Test
    void thinLinkLimitsWhatTheBridgeSends() {
        f.withRooms();
        assertThat(f.control.thinLink(CHAIR, "d1", ThinLink.LOW).effects())
                .containsExactly(new ReceiverLimit("d1", ThinLink.LOW, 180, false));
        assertThat(f.control.thinLink(CHAIR, "d1", ThinLink.AUDIO_ONLY).effects())
                .containsExactly(new ReceiverLimit("d1", ThinLink.AUDIO_ONLY, 0, true));
        assertThat(f.venue("d1").thinLink()).isEqualTo(ThinLink.AUDIO_ONLY);
        assertThat(f.control.thinLink(CHAIR, "d1", ThinLink.NORMAL).effects())
                .containsExactly(new ReceiverLimit("d1", ThinLink.NORMAL, null, false));
        assertThatThrownBy(() -> f.control.thinLink(CHAIR, "d1", null))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> assertThat(e.code()).isEqualTo("bad-mode"));
    }

    @Test
    void aLockedConferenceAdmitsOnlyItsOwnRoomsInviteesTheChairAndReconnects() {
        f.with(PROVINCE, KUNMING);
        f.control.lock(CHAIR);
        assertThat(f.state().locked()).isTrue();
        Venue stranger = Venue.room("s1", "外来会场", "530300", STRANGE_ROOM);
        assertThatThrownBy(() -> f.control.venueJoined(stranger))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("locked");
                    assertThat(e.getMessage()).isEqualTo("会议已锁定，不能加入");
                    assertThat(e.audit()).get().satisfies(a -> {
                        assertThat(a.action()).isEqualTo(ControlAction.JOIN);
                        assertThat(a.actor()).isEqualTo("room:" + STRANGE_ROOM);
                        assertThat(a.outcome()).isEqualTo(Outcome.REJECTED);
                    });
                });
        assertThatThrownBy(() -> f.control.venueJoined(Venue.desktop("x1", "李四", "530100", "li")))
                .isInstanceOf(ControlRejectedException.class);
        f.with(WUHUA, ZHANG, Venue.desktop("c1", "主持人", "530000", "chair"));
        f.control.venueLeft("k1");
        f.control.venueJoined(Venue.room("k2", "昆明市会场", "530100", KUNMING_ROOM));
        assertThat(f.state().venues()).extracting(VenueState::id).containsExactly("p1", "w1", "z1", "c1", "k2");

        f.control.unlock(CHAIR);
        f.control.venueJoined(stranger);
        assertThat(f.state().venue("s1")).isPresent();
    }

    @Test
    void aRemovedVenueIsDisconnectedAndMayNotRejoinUntilReadmitted() {
        f.withRooms();
        f.control.broadcast(CHAIR, "w1");
        ControlResult r = f.control.remove(CHAIR, "w1");
        assertThat(r.effects()).containsExactly(new Effect.Disconnect("w1", "removed", "您已被移出本次会议"),
                new Layout("p1", null, null));
        assertThat(r.state().banned()).singleElement().satisfies(b -> {
            assertThat(b.identity()).isEqualTo("room:" + WUHUA_ROOM);
            assertThat(b.by()).isEqualTo("chair");
            assertThat(b.regionCode()).isEqualTo("530102");
        });
        Venue again = Venue.room("w2", "五华区会场", "530102", WUHUA_ROOM);
        assertThatThrownBy(() -> f.control.venueJoined(again))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> assertThat(e.code()).isEqualTo("banned"));
        assertThat(f.control.venueLeft("w1").effects()).as("the disconnect's leave is harmless").isEmpty();

        f.control.readmit(CHAIR, "room:" + WUHUA_ROOM);
        f.control.venueJoined(again);
        assertThat(f.state().venue("w2")).isPresent();
        assertThatThrownBy(() -> f.control.readmit(CHAIR, "room:" + WUHUA_ROOM))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> assertThat(e.code()).isEqualTo("not-banned"));
    }

    @Test
    void removingAUserDisconnectsEveryOneOfTheirClients() {
        f.with(PROVINCE, ZHANG, Venue.desktop("z2", "张三（手机）", "530102", "zhang"));
        ControlResult r = f.control.remove(CHAIR, "z1");
        assertThat(r.effects()).containsExactly(new Effect.Disconnect("z1", "removed", "您已被移出本次会议"),
                new Effect.Disconnect("z2", "removed", "您已被移出本次会议"));
        assertThat(r.state().venues()).extracting(VenueState::id).containsExactly("p1");
    }

    @Test
    void afterTheEndEveryActionAndJoinIsRejected() {
        f.withRooms();
        f.control.startPolling(CHAIR, 10, PollingTarget.ALL);
        ControlResult r = f.control.end(CHAIR);
        assertThat(r.effects()).containsExactly(new Effect.EndConference(CONFERENCE));
        assertThat(r.state().ended()).isTrue();
        assertThat(r.state().polling()).isNull();
        for (Runnable action : List.<Runnable>of(() -> f.control.broadcast(CHAIR, "k1"),
                () -> f.control.mute(SYSTEM_ADMIN, "k1"), () -> f.control.unlock(CHAIR), () -> f.control.end(CHAIR),
                () -> f.control.venueJoined(ZHANG))) {
            assertThatThrownBy(action::run).isInstanceOfSatisfying(ControlRejectedException.class, e -> {
                assertThat(e.code()).isEqualTo("ended");
                assertThat(e.getMessage()).isEqualTo("会议已结束");
                assertThat(e.audit()).isPresent();
            });
        }
        f.clock.advanceSeconds(60);
        assertThat(f.control.tick().effects()).isEmpty();
        ControlResult left = f.control.venueLeft("k1");
        assertThat(left.effects()).isEmpty();
        assertThat(left.state().venue("k1")).isEmpty();
    }

    @Test
    void joinsAndLeavesAreCheckedForTheirParticipant() {
        f.withRooms();
        assertThatThrownBy(() -> f.control.venueJoined(Venue.room("k1", "重复", "530100", KUNMING_ROOM)))
                .isInstanceOfSatisfying(ControlRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-participant"));
        long revision = f.state().revision();
        assertThat(f.control.venueLeft("nobody").state().revision()).isEqualTo(revision);
        assertThatThrownBy(() -> f.control.mute(CHAIR, "nobody"))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-venue");
                    assertThat(e.getMessage()).isEqualTo("会场不在会议中：nobody");
                });
    }
}
