package cn.gov.egov.conference.attendance.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.gov.egov.conference.attendance.AttendanceRecord;
import cn.gov.egov.conference.attendance.AttendanceReport;
import cn.gov.egov.conference.attendance.AttendanceStatus;
import cn.gov.egov.conference.attendance.AttendanceSummary;
import cn.gov.egov.conference.attendance.AttendeeKind;
import cn.gov.egov.conference.attendance.AttendeeLine;
import cn.gov.egov.conference.attendance.LeaveReason;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.conference.OccurrenceState;

/**
 * The attendance of one occurrence as the API shows it: the summary per attendee and the raw sessions. Instants are
 * UTC; {@code timeZone} is the conference's, for display.
 *
 * @param complete whether the occurrence is over; before that, ABSENT means "not joined yet"
 */
record AttendanceResponse(UUID conferenceId, String title, UUID occurrenceId, int seq, Instant start, Instant end,
                          String timeZone, OccurrenceState state, Instant asOf, boolean complete,
                          long lateAfterMinutes, AttendanceSummary.Counts counts, List<Attendee> attendees,
                          List<Session> sessions) {

    /** One attendee's line of the summary. */
    record Attendee(AttendeeKind kind, UUID roomId, String username, String displayName, String regionCode,
                    String regionName, boolean invited, Instant firstJoin, Instant lastLeave, boolean online,
                    long connectedSeconds, long connectedMinutes, int sessions, AttendanceStatus status,
                    String statusLabel) {
    }

    /** One connected session as recorded. */
    record Session(long id, String participantId, AttendeeKind kind, UUID roomId, String username,
                   String displayName, String regionCode, Instant joinedAt, Instant leftAt,
                   LeaveReason leaveReason) {
    }

    static AttendanceResponse of(AttendanceReport report) {
        AttendanceSummary s = report.summary();
        Occurrence o = s.occurrence();
        List<Attendee> attendees = s.attendees().stream().map(l -> attendee(l, report)).toList();
        List<Session> sessions = report.sessions().stream().map(AttendanceResponse::session).toList();
        return new AttendanceResponse(report.conference().id(), report.conference().title(), o.id(), o.seq(),
                o.start(), o.end(), report.conference().timeZone(), o.state(), s.asOf(), s.complete(),
                s.lateAfter().toMinutes(), s.counts(), attendees, sessions);
    }

    private static Attendee attendee(AttendeeLine l, AttendanceReport report) {
        var who = l.who();
        return new Attendee(who.kind(), who.roomId(), who.username(), who.displayName(), who.regionCode(),
                who.regionCode() == null ? null : report.regionName(who.regionCode()), l.invited(), l.firstJoin(),
                l.lastLeave(), l.online(), l.connected().toSeconds(), l.connectedMinutes(), l.sessions(), l.status(),
                l.status().label());
    }

    private static Session session(AttendanceRecord r) {
        var who = r.who();
        return new Session(r.id(), r.participantId(), who.kind(), who.roomId(), who.username(), who.displayName(),
                who.regionCode(), r.joinedAt(), r.leftAt(), r.leaveReason());
    }
}
