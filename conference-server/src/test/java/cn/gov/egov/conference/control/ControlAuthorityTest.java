package cn.gov.egov.conference.control;

import static cn.gov.egov.conference.control.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.authority.Actor.Role;
import cn.gov.egov.conference.control.AuditRecord.Outcome;

class ControlAuthorityTest {

    private final Fixture f = new Fixture().withRooms();

    private static void denied(Runnable action, String code, Function<AuditRecord, Object> field, Object value) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ControlDeniedException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.audit()).get().satisfies(a -> {
                assertThat(a.outcome()).isEqualTo(Outcome.DENIED);
                assertThat(a.reason()).isEqualTo(code);
                assertThat(field.apply(a)).isEqualTo(value);
            });
        });
    }

    @Test
    void theChairTheSystemAdministratorAndTheProvinceAdministratorControlEverything() {
        for (Controller c : new Controller[] {CHAIR, SYSTEM_ADMIN, PROVINCE_ADMIN}) {
            Fixture g = new Fixture().withRooms();
            g.control.mute(c, "p1");
            g.control.mute(c, "d1");
            g.control.broadcast(c, "p1");
            g.control.rollCall(c, "k1");
            g.control.endRollCall(c);
            g.control.lock(c);
            assertThat(g.control.end(c).state().ended()).isTrue();
        }
    }

    @Test
    void aSystemAdministratorBoundToAnotherRegionStillControlsEverything() {
        Controller elsewhere = user("root2", Role.SYSTEM_ADMIN, "532900");
        assertThat(f.control.mute(elsewhere, "p1").state().venue("p1").orElseThrow().audioMuted()).isTrue();
        assertThat(f.control.lock(elsewhere).state().locked()).isTrue();
    }

    @Test
    void aPrefectureAdministratorControlsTheVenuesOfItsOwnSubtree() {
        ControlResult r = f.control.mute(KUNMING_ADMIN, "w1");
        assertThat(r.audit()).get().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("km-admin");
            assertThat(a.actorRole()).isEqualTo("REGION_ADMIN");
            assertThat(a.actorRegion()).isEqualTo("530100");
            assertThat(a.clientAddress()).isEqualTo("10.0.0.1");
            assertThat(a.targetVenue()).isEqualTo("w1");
            assertThat(a.targetRegion()).isEqualTo("530102");
            assertThat(a.conferenceId()).isEqualTo(CONFERENCE);
            assertThat(a.outcome()).isEqualTo(Outcome.ALLOWED);
        });
        f.control.broadcast(KUNMING_ADMIN, "w1");
        f.control.thinLink(KUNMING_ADMIN, "k1", ThinLink.LOW);
        f.control.cameraOff(KUNMING_ADMIN, "k1");
        assertThat(f.control.cancelBroadcast(KUNMING_ADMIN).state().broadcast()).isNull();
        assertThat(f.venue("w1").audioMuted()).isTrue();
    }

    @Test
    void aPrefectureAdministratorMayNotTouchTheProvinceVenueOrAnotherPrefecture() {
        long revision = f.state().revision();
        denied(() -> f.control.mute(KUNMING_ADMIN, "p1"), "outside-region", AuditRecord::targetRegion, "530000");
        denied(() -> f.control.broadcast(KUNMING_ADMIN, "d1"), "outside-region", AuditRecord::targetVenue, "d1");
        denied(() -> f.control.remove(DALI_ADMIN, "w1"), "outside-region", AuditRecord::actor, "dl-admin");
        f.control.broadcast(CHAIR, "p1");
        denied(() -> f.control.cancelBroadcast(KUNMING_ADMIN), "outside-region", AuditRecord::action,
                ControlAction.CANCEL_BROADCAST);
        assertThat(f.state().revision()).isEqualTo(revision + 1);
        assertThat(f.venue("p1").audioMuted()).isFalse();
    }

    @Test
    void removalAndReadmissionFollowTheRegionOfTheRemovedVenue() {
        f.control.remove(KUNMING_ADMIN, "w1");
        String wuhua = Venue.roomIdentity(WUHUA_ROOM);
        assertThat(f.state().ban(wuhua)).get().extracting(ControlState.Ban::by).isEqualTo("km-admin");
        denied(() -> f.control.readmit(DALI_ADMIN, wuhua), "outside-region", AuditRecord::targetRegion, "530102");
        assertThat(f.control.readmit(KUNMING_ADMIN, wuhua).state().banned()).isEmpty();
    }

    @Test
    void aPrefectureAdministratorMayNotControlTheWholeConference() {
        denied(() -> f.control.lock(KUNMING_ADMIN), "whole-conference", AuditRecord::action, ControlAction.LOCK);
        denied(() -> f.control.end(KUNMING_ADMIN), "whole-conference", AuditRecord::action, ControlAction.END);
        denied(() -> f.control.rollCall(KUNMING_ADMIN, "w1"), "whole-conference", AuditRecord::targetVenue, "w1");
        denied(() -> f.control.muteAll(KUNMING_ADMIN, true, null), "whole-conference", AuditRecord::targetVenue, null);
        denied(() -> f.control.startPolling(KUNMING_ADMIN, 10, PollingTarget.ALL), "whole-conference",
                AuditRecord::actorRegion, "530100");
        denied(() -> f.control.designateMain(KUNMING_ADMIN, "k1"), "whole-conference", AuditRecord::targetRegion,
                "530100");
        assertThat(f.state().ended()).isFalse();
        assertThat(f.state().locked()).isFalse();
    }

    @Test
    void learnersAndCourseAdministratorsWhoAreNotTheChairControlNothing() {
        denied(() -> f.control.mute(LEARNER, "w1"), "not-a-controller", AuditRecord::actorRole, "LEARNER");
        denied(() -> f.control.broadcast(COURSE_ADMIN, "w1"), "not-a-controller", AuditRecord::actor, "teacher");
        denied(() -> f.control.end(LEARNER), "not-a-controller", AuditRecord::action, ControlAction.END);
        assertThatThrownBy(() -> f.control.mute(LEARNER, "w1")).hasMessage("您没有会议控制权限");
    }

    @Test
    void theRulesFollowTheOrganiserRegionOfAPrefectureConference() {
        ControlAuthority kunmingConference = new ControlAuthority("chair", "530100", YUNNAN::isWithin);
        Controller wuhuaAdmin = user("wh-admin", Role.REGION_ADMIN, "530102");
        assertThat(kunmingConference.controlsAll(PROVINCE_ADMIN)).isTrue();
        assertThat(kunmingConference.controlsAll(KUNMING_ADMIN)).isTrue();
        assertThat(kunmingConference.controlsAll(wuhuaAdmin)).isFalse();
        assertThat(kunmingConference.controls(wuhuaAdmin, "530102")).isTrue();
        assertThat(kunmingConference.controls(wuhuaAdmin, "530103")).isFalse();
        assertThat(kunmingConference.controls(DALI_ADMIN, "530102")).isFalse();
        assertThat(kunmingConference.controls(DALI_ADMIN, "532901")).isTrue();
        assertThat(kunmingConference.controlsAnything(LEARNER)).isFalse();
        assertThat(kunmingConference.controlsAll(user("chair", Role.LEARNER, "530102")))
                .as("the chair controls whatever their role").isTrue();
        assertThat(kunmingConference.controlsAnything(Controller.terminal("w1"))).isFalse();
    }
}
