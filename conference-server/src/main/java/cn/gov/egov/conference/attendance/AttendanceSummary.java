package cn.gov.egov.conference.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.conference.OccurrenceState;

/**
 * Attendance (签到) of one occurrence, per attendee, from its sessions. Plain Java; the rules:
 * <ol>
 *   <li>An attendee is a meeting room (by room id) or a portal user (by user name); all their sessions count
 *       together, whatever endpoint each had. A reconnect is another session.</li>
 *   <li>A session still open counts up to {@code now} while the occurrence may still run (scheduled or live). Once
 *       the occurrence has ended or was cancelled, an open session (a leave nobody reported) counts only up to the
 *       scheduled end: the report never invents presence past the schedule. No session counts before its join.</li>
 *   <li>Connected time is the union of the session intervals: overlapping sessions (a terminal that reconnected
 *       before its old session was noticed gone) count once. Time in the join window before the start and after the
 *       scheduled end counts too: it is time connected. Minutes are rounded half up.</li>
 *   <li>Punctuality is judged on the first join alone: <b>on time</b> (准时) when it is at most {@code lateAfter}
 *       (5 minutes by default, {@code conference.attendance.late-after}) after the scheduled start, joining early
 *       included; <b>late</b> (迟到) when it is later but before the scheduled end; <b>absent</b> (缺席) when the
 *       attendee never joined or first joined only after the scheduled end.</li>
 *   <li>Invitees are the conference's rooms and invited users; an invitee who never joined is listed as absent with
 *       no sessions. Attendees who joined uninvited are listed too, marked as not invited.</li>
 *   <li>While the occurrence has not reached its scheduled end the summary is not {@code complete}: absent then
 *       means "not joined yet".</li>
 *   <li>Rooms come before users, each ordered by region code and name.</li>
 * </ol>
 *
 * @param asOf     the instant the summary was computed for
 * @param complete whether the occurrence is over (ended, cancelled, or past its scheduled end)
 */
public record AttendanceSummary(Occurrence occurrence, Instant asOf, Duration lateAfter, boolean complete,
                                List<AttendeeLine> attendees) {

    /** How many attendees are in each status, and how many were invited. */
    public record Counts(int invited, int onTime, int late, int absent, int uninvited) {
    }

    /**
     * @param invited   the conference's rooms and invited users, as they are known now
     * @param sessions  the occurrence's sessions, in any order
     * @param now       the instant to count open sessions up to
     * @param lateAfter how long after the start a first join still counts as on time
     */
    public static AttendanceSummary of(Occurrence occurrence, List<AttendeeIdentity> invited,
                                       List<AttendanceRecord> sessions, Instant now, Duration lateAfter) {
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(now, "now");
        Map<String, AttendeeIdentity> invitees = new LinkedHashMap<>();
        invited.forEach(who -> invitees.putIfAbsent(who.key(), who));
        Map<String, List<AttendanceRecord>> byAttendee = new LinkedHashMap<>();
        sessions.stream().sorted(Comparator.comparing(AttendanceRecord::joinedAt).thenComparing(AttendanceRecord::id))
                .forEach(r -> byAttendee.computeIfAbsent(r.who().key(), k -> new ArrayList<>()).add(r));

        boolean over = occurrence.state() == OccurrenceState.ENDED
                || occurrence.state() == OccurrenceState.CANCELLED;
        Instant openUntil = over && now.isAfter(occurrence.end()) ? occurrence.end() : now;
        List<AttendeeLine> lines = new ArrayList<>();
        for (Map.Entry<String, AttendeeIdentity> e : invitees.entrySet()) {
            List<AttendanceRecord> own = byAttendee.getOrDefault(e.getKey(), List.of());
            AttendeeIdentity who = own.isEmpty() ? e.getValue() : merged(e.getValue(), own.getLast().who());
            lines.add(line(occurrence, who, true, own, openUntil, lateAfter));
        }
        byAttendee.forEach((key, own) -> {
            if (!invitees.containsKey(key)) {
                lines.add(line(occurrence, own.getLast().who(), false, own, openUntil, lateAfter));
            }
        });
        lines.sort(ORDER);
        boolean complete = over || !now.isBefore(occurrence.end());
        return new AttendanceSummary(occurrence, now, lateAfter, complete, List.copyOf(lines));
    }

    private static final Comparator<AttendeeLine> ORDER = Comparator
            .comparing((AttendeeLine l) -> l.who().kind())
            .thenComparing(l -> l.who().regionCode(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> l.who().displayName())
            .thenComparing(l -> l.who().key());

    /** The name and region the attendee last joined with; the invitation's where the session lacks them. */
    private static AttendeeIdentity merged(AttendeeIdentity invited, AttendeeIdentity joined) {
        return joined.regionCode() != null ? joined : new AttendeeIdentity(joined.kind(), joined.roomId(),
                joined.username(), joined.displayName(), invited.regionCode());
    }

    private static AttendeeLine line(Occurrence occurrence, AttendeeIdentity who, boolean invited,
                                     List<AttendanceRecord> own, Instant openUntil, Duration lateAfter) {
        if (own.isEmpty()) {
            return new AttendeeLine(who, invited, null, null, false, Duration.ZERO, 0, AttendanceStatus.ABSENT);
        }
        Instant firstJoin = own.getFirst().joinedAt();
        boolean online = own.stream().anyMatch(AttendanceRecord::open);
        Instant lastLeave = online ? null : own.stream().map(AttendanceRecord::leftAt).max(Comparator.naturalOrder())
                .orElseThrow();
        Duration connected = union(own, openUntil);
        return new AttendeeLine(who, invited, firstJoin, lastLeave, online, connected, own.size(),
                status(occurrence, firstJoin, lateAfter));
    }

    static AttendanceStatus status(Occurrence occurrence, Instant firstJoin, Duration lateAfter) {
        if (firstJoin == null || !firstJoin.isBefore(occurrence.end())) {
            return AttendanceStatus.ABSENT;
        }
        return firstJoin.isAfter(occurrence.start().plus(lateAfter)) ? AttendanceStatus.LATE
                : AttendanceStatus.ON_TIME;
    }

    /** The length of the union of the sessions' intervals; {@code own} is sorted by join. */
    static Duration union(List<AttendanceRecord> own, Instant openUntil) {
        Duration total = Duration.ZERO;
        Instant runStart = null;
        Instant runEnd = null;
        for (AttendanceRecord r : own) {
            Instant from = r.joinedAt();
            Instant to = r.open() ? openUntil : r.leftAt();
            if (to.isBefore(from)) {
                to = from;
            }
            if (runEnd != null && !from.isAfter(runEnd)) {
                if (to.isAfter(runEnd)) {
                    runEnd = to;
                }
                continue;
            }
            if (runEnd != null) {
                total = total.plus(Duration.between(runStart, runEnd));
            }
            runStart = from;
            runEnd = to;
        }
        return runEnd == null ? total : total.plus(Duration.between(runStart, runEnd));
    }

    public Counts counts() {
        int invited = 0;
        int onTime = 0;
        int late = 0;
        int absent = 0;
        int uninvited = 0;
        for (AttendeeLine l : attendees) {
            if (l.invited()) {
                invited++;
            } else {
                uninvited++;
            }
            switch (l.status()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case ABSENT -> absent++;
            }
        }
        return new Counts(invited, onTime, late, absent, uninvited);
    }
}
