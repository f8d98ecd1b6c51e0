package cn.gov.egov.conference.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Actor.Role;
import cn.gov.egov.region.RegionTree;
import cn.gov.egov.platform.testing.MutableClock;

/**
 * A province conference of 云南省 (530000) chaired by {@code chair}: the province hall is the main room; rooms of
 * 昆明市, 五华区 (in 昆明市) and 大理市 (in 大理州) take part, and a desktop user of 五华区.
 */
final class Fixture {

    static final RegionTree YUNNAN = RegionTree.province("530000");
    static final Instant START = Instant.parse("2025-03-03T01:00:00Z");

    static final UUID CONFERENCE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID PROVINCE_ROOM = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID KUNMING_ROOM = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID WUHUA_ROOM = UUID.fromString("00000000-0000-0000-0000-000000000003");
    static final UUID DALI_ROOM = UUID.fromString("00000000-0000-0000-0000-000000000004");
    static final UUID STRANGE_ROOM = UUID.fromString("00000000-0000-0000-0000-000000000099");

    static final Venue PROVINCE = Venue.room("p1", "省会场", "530000", PROVINCE_ROOM);
    static final Venue KUNMING = Venue.room("k1", "昆明市会场", "530100", KUNMING_ROOM);
    static final Venue WUHUA = Venue.room("w1", "五华区会场", "530102", WUHUA_ROOM);
    static final Venue DALI = Venue.room("d1", "大理市会场", "532901", DALI_ROOM);
    static final Venue ZHANG = Venue.desktop("z1", "张三", "530102", "zhang");

    static final Controller CHAIR = user("chair", Role.COURSE_ADMIN, "530000");
    static final Controller SYSTEM_ADMIN = user("root", Role.SYSTEM_ADMIN, "530000");
    static final Controller PROVINCE_ADMIN = user("yn-admin", Role.REGION_ADMIN, "530000");
    static final Controller KUNMING_ADMIN = user("km-admin", Role.REGION_ADMIN, "530100");
    static final Controller DALI_ADMIN = user("dl-admin", Role.REGION_ADMIN, "532900");
    static final Controller LEARNER = user("zhang", Role.LEARNER, "530102");
    static final Controller COURSE_ADMIN = user("teacher", Role.COURSE_ADMIN, "530000");

    final MutableClock clock = new MutableClock(START);
    final ConferenceControl control = new ConferenceControl(
            new ControlSetup(CONFERENCE, "530000", "chair", PROVINCE_ROOM,
                    Set.of(PROVINCE_ROOM, KUNMING_ROOM, WUHUA_ROOM, DALI_ROOM), Set.of("zhang")),
            YUNNAN::isWithin, clock);

    static Controller user(String username, Role role, String region) {
        return Controller.user(new Actor(username, role, region, "10.0.0.1"));
    }

    /** The province hall, 昆明市, 五华区 and 大理市 join in that order, one second apart. */
    Fixture withRooms() {
        return with(PROVINCE, KUNMING, WUHUA, DALI);
    }

    Fixture with(Venue... venues) {
        for (Venue v : venues) {
            control.venueJoined(v);
            clock.advanceSeconds(1);
        }
        return this;
    }

    ControlState state() {
        return control.state();
    }

    VenueState venue(String id) {
        return state().venue(id).orElseThrow();
    }

    List<String> muted() {
        return state().venues().stream().filter(VenueState::audioMuted).map(VenueState::id).toList();
    }
}
