package cn.gov.egov.conference.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.conference.OccurrenceState;

/** The attendance rules on hand-made sessions: no Spring, no database. */
class AttendanceSummaryTest {

    private static final Instant START = Instant.parse("2025-06-02T01:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));
    private static final Duration LATE_AFTER = Duration.ofMinutes(5);
    private static final UUID CONFERENCE = UUID.randomUUID();
    private static final Occurrence LIVE = occurrence(OccurrenceState.LIVE);
    private static final Occurrence ENDED = occurrence(OccurrenceState.ENDED);

    private static final AttendeeIdentity KUNMING = AttendeeIdentity.room(UUID.randomUUID(), "昆明市主会场", "530100");
    private static final AttendeeIdentity WUHUA = AttendeeIdentity.room(UUID.randomUUID(), "五华区分会场", "530102");
    private static final AttendeeIdentity DALI = AttendeeIdentity.room(UUID.randomUUID(), "大理州分会场", "532900");
    private static final AttendeeIdentity ZHANG = AttendeeIdentity.desktop("zhang.san", "张三", "530100");

    private final List<AttendanceRecord> sessions = new ArrayList<>();
    private long ids;

    private static Occurrence occurrence(OccurrenceState state) {
        return new Occurrence(UUID.randomUUID(), CONFERENCE, 1, START, END, state);
    }

    private static Instant at(int minutesFromStart) {
        return START.plus(Duration.ofMinutes(minutesFromStart));
    }

    private void session(AttendeeIdentity who, int from, Integer to) {
        sessions.add(new AttendanceRecord(++ids, LIVE.id(), CONFERENCE, String.format("%08x", ids), who, at(from),
                to == null ? null : at(to), to == null ? null : LeaveReason.LEFT));
    }

    private AttendanceSummary summary(Occurrence o, Instant now, AttendeeIdentity... invited) {
        return AttendanceSummary.of(o, List.of(invited), sessions, now, LATE_AFTER);
    }

    private static AttendeeLine line(AttendanceSummary s, AttendeeIdentity who) {
        return s.attendees().stream().filter(l -> l.who().key().equals(who.key())).findFirst().orElseThrow();
    }

    @Test
    void overlappingSessionsCountOnce() {
        session(KUNMING, -10, 60);
        session(KUNMING, 50, 90);
        session(KUNMING, 55, 70);
        AttendeeLine l = line(summary(ENDED, at(200), KUNMING), KUNMING);
        assertThat(l.connected()).isEqualTo(Duration.ofMinutes(100));
        assertThat(l.connectedMinutes()).isEqualTo(100);
        assertThat(l.sessions()).isEqualTo(3);
        assertThat(l.firstJoin()).isEqualTo(at(-10));
        assertThat(l.lastLeave()).isEqualTo(at(90));
        assertThat(l.status()).as("joining in the join window is on time").isEqualTo(AttendanceStatus.ON_TIME);
    }

    @Test
    void aReconnectIsTwoSessionsAndTheGapIsNotCounted() {
        session(WUHUA, 2, 30);
        session(WUHUA, 45, 120);
        AttendeeLine l = line(summary(ENDED, at(130), WUHUA), WUHUA);
        assertThat(l.sessions()).isEqualTo(2);
        assertThat(l.connectedMinutes()).isEqualTo(28 + 75);
        assertThat(l.lastLeave()).isEqualTo(at(120));
        assertThat(l.online()).isFalse();
    }

    @Test
    void anOpenSessionCountsUpToNowWhileTheOccurrenceRuns() {
        session(KUNMING, 0, null);
        session(KUNMING, -5, 10);
        AttendanceSummary s = summary(LIVE, at(40), KUNMING);
        AttendeeLine l = line(s, KUNMING);
        assertThat(l.online()).isTrue();
        assertThat(l.lastLeave()).isNull();
        assertThat(l.connected()).isEqualTo(Duration.ofMinutes(45));
        assertThat(s.complete()).isFalse();
    }

    @Test
    void anOpenSessionOfAnEndedOccurrenceCountsOnlyUpToTheScheduledEnd() {
        session(KUNMING, 0, null);
        session(ZHANG, 125, null);
        AttendanceSummary s = summary(ENDED, at(300), KUNMING, ZHANG);
        assertThat(line(s, KUNMING).connected()).isEqualTo(Duration.ofMinutes(120));
        assertThat(line(s, ZHANG).connected()).as("joined after the end: nothing to count").isZero();
        assertThat(line(s, ZHANG).status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(s.complete()).isTrue();
    }

    @Test
    void theFirstJoinDecidesBetweenOnTimeLateAndAbsent() {
        session(KUNMING, 5, 120);
        session(WUHUA, 6, 120);
        session(ZHANG, 119, 121);
        AttendanceSummary s = summary(ENDED, at(130), KUNMING, WUHUA, DALI, ZHANG);
        assertThat(line(s, KUNMING).status()).as("exactly five minutes late is on time")
                .isEqualTo(AttendanceStatus.ON_TIME);
        assertThat(line(s, WUHUA).status()).isEqualTo(AttendanceStatus.LATE);
        assertThat(line(s, ZHANG).status()).isEqualTo(AttendanceStatus.LATE);
        AttendeeLine dali = line(s, DALI);
        assertThat(dali.status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(dali.sessions()).isZero();
        assertThat(dali.firstJoin()).isNull();
        assertThat(dali.connected()).isZero();
        assertThat(s.counts()).isEqualTo(new AttendanceSummary.Counts(4, 1, 2, 1, 0));
    }

    @Test
    void uninvitedAttendeesAreListedAndMarked() {
        session(ZHANG, 0, 60);
        AttendanceSummary s = summary(ENDED, at(130), KUNMING);
        assertThat(line(s, ZHANG).invited()).isFalse();
        assertThat(line(s, ZHANG).status()).isEqualTo(AttendanceStatus.ON_TIME);
        assertThat(line(s, KUNMING).invited()).isTrue();
        assertThat(s.counts()).isEqualTo(new AttendanceSummary.Counts(1, 1, 0, 1, 1));
    }

    @Test
    void anInvitedUserWhoJoinedShowsTheRegionTheyJoinedWith() {
        session(ZHANG, 0, 60);
        AttendeeIdentity invited = AttendeeIdentity.desktop("zhang.san", null, null);
        AttendeeLine l = line(summary(ENDED, at(130), invited), invited);
        assertThat(l.invited()).isTrue();
        assertThat(l.who().displayName()).isEqualTo("张三");
        assertThat(l.who().regionCode()).isEqualTo("530100");
    }

    @Test
    void roomsComeBeforeUsersOrderedByRegionThenName() {
        AttendanceSummary s = summary(LIVE, at(0), ZHANG, DALI, WUHUA, KUNMING);
        assertThat(s.attendees()).extracting(l -> l.who().displayName())
                .containsExactly("昆明市主会场", "五华区分会场", "大理州分会场", "张三");
        assertThat(s.complete()).isFalse();
    }

    @Test
    void minutesAreRoundedHalfUp() {
        sessions.add(new AttendanceRecord(1, LIVE.id(), CONFERENCE, "0000000a", KUNMING, START,
                START.plusSeconds(29 * 60 + 30), LeaveReason.DISCONNECTED));
        sessions.add(new AttendanceRecord(2, LIVE.id(), CONFERENCE, "0000000b", WUHUA, START,
                START.plusSeconds(29 * 60 + 29), LeaveReason.DISCONNECTED));
        AttendanceSummary s = summary(ENDED, at(130), KUNMING, WUHUA);
        assertThat(line(s, KUNMING).connectedMinutes()).isEqualTo(30);
        assertThat(line(s, WUHUA).connectedMinutes()).isEqualTo(29);
    }
}
