package cn.gov.egov.conference.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceKind;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.conference.OccurrenceState;
import cn.gov.egov.region.RegionTree;

/** Who may join which occurrence when: invitees, organiser, administrators; rooms of the conference; the window. */
class JoinPolicyTest {

    private static final Instant START = Instant.parse("2026-11-23T01:00:00Z");
    private final JoinPolicy policy = new JoinPolicy(new Authority(RegionTree.province("530000")),
            Duration.ofMinutes(15), Duration.ofMinutes(10));
    private final UUID room = UUID.randomUUID();
    private final Conference conference = new Conference(UUID.randomUUID(), "全省会议", ConferenceKind.MEETING, "530100",
            room, Set.of(room), Set.of("li.na"), START, START.plus(Duration.ofHours(1)), "Asia/Shanghai", null,
            List.of(), null, false, "organiser", 0);
    private final Occurrence first = new Occurrence(UUID.randomUUID(), conference.id(), 0, START,
            START.plus(Duration.ofHours(1)), OccurrenceState.SCHEDULED);
    private final Occurrence second = new Occurrence(UUID.randomUUID(), conference.id(), 1,
            START.plus(Duration.ofDays(7)), START.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)),
            OccurrenceState.SCHEDULED);

    private static Actor user(String name, Actor.Role role, String region) {
        return new Actor(name, role, region, null);
    }

    @Test
    void inviteesTheOrganiserAndAdministratorsOfTheOrganisingRegionMayJoin() {
        Instant now = START.minus(Duration.ofMinutes(10));
        List<Occurrence> all = List.of(first, second);
        assertThat(policy.admitUser(conference, all, user("li.na", Actor.Role.LEARNER, "532901"), now)).isEqualTo(first);
        assertThat(policy.admitUser(conference, all, user("organiser", Actor.Role.LEARNER, "530100"), now))
                .isEqualTo(first);
        assertThat(policy.admitUser(conference, all, user("yn", Actor.Role.REGION_ADMIN, "530000"), now))
                .isEqualTo(first);
        assertThatThrownBy(() -> policy.admitUser(conference, all, user("dali", Actor.Role.REGION_ADMIN, "532900"),
                now)).isInstanceOf(JoinRefusedException.class).hasMessageContaining("邀请名单");
        assertThatThrownBy(() -> policy.admitUser(conference, all, user("km", Actor.Role.LEARNER, "530100"), now))
                .extracting(e -> ((JoinRefusedException) e).code()).isEqualTo("not-invited");
        assertThat(policy.admitRoom(conference, all, room, now)).isEqualTo(first);
        assertThatThrownBy(() -> policy.admitRoom(conference, all, UUID.randomUUID(), now))
                .extracting(e -> ((JoinRefusedException) e).code()).isEqualTo("room-not-invited");
    }

    @Test
    void theWindowOpensFifteenMinutesBeforeAndClosesTenAfter() {
        List<Occurrence> all = List.of(first, second);
        JoinRefusedException early = (JoinRefusedException) org.assertj.core.api.Assertions.catchThrowable(() ->
                policy.admitRoom(conference, all, room, START.minus(Duration.ofMinutes(16))));
        assertThat(early.code()).isEqualTo("not-open");
        assertThat(early.getMessage()).contains("11月23日 08:45"); // Shanghai time of the window's opening
        assertThat(policy.admitRoom(conference, all, room, START.minus(Duration.ofMinutes(15)))).isEqualTo(first);
        assertThat(policy.admitRoom(conference, all, room, START.plus(Duration.ofMinutes(69)))).isEqualTo(first);
        JoinRefusedException between = (JoinRefusedException) org.assertj.core.api.Assertions.catchThrowable(() ->
                policy.admitRoom(conference, all, room, START.plus(Duration.ofMinutes(70))));
        assertThat(between.code()).as("the next occurrence opens next week").isEqualTo("not-open");
        JoinRefusedException over = (JoinRefusedException) org.assertj.core.api.Assertions.catchThrowable(() ->
                policy.admitRoom(conference, List.of(first), room, START.plus(Duration.ofHours(2))));
        assertThat(over.code()).isEqualTo("over");
    }

    @Test
    void anOccurrenceEndedEarlyOrCancelledIsClosed() {
        Instant now = START.plus(Duration.ofMinutes(5));
        Occurrence ended = new Occurrence(first.id(), conference.id(), 0, first.start(), first.end(),
                OccurrenceState.ENDED);
        assertThat(policy.isLive(conference, ended, now)).isFalse();
        assertThatThrownBy(() -> policy.admitRoom(conference, List.of(ended), room, now))
                .extracting(e -> ((JoinRefusedException) e).code()).isEqualTo("over");
        Conference cancelled = new Conference(conference.id(), conference.title(), conference.kind(),
                conference.organiserRegion(), room, Set.of(room), Set.of(), START, START.plusSeconds(3600),
                "Asia/Shanghai", null, List.of(), null, true, "organiser", 1);
        assertThatThrownBy(() -> policy.admitRoom(cancelled, List.of(first), room, now))
                .extracting(e -> ((JoinRefusedException) e).code()).isEqualTo("cancelled");
    }
}
