package cn.gov.egov.conference.attendance;

import java.time.Duration;
import java.time.Instant;

/**
 * One attendee's attendance of one occurrence.
 *
 * @param invited   whether the attendee was invited (a room of the conference or an invited user)
 * @param firstJoin the earliest join; null if the attendee never joined
 * @param lastLeave the latest leave; null if never joined or still connected
 * @param online    whether a session is still open
 * @param connected the union of the session intervals, overlaps counted once
 * @param sessions  how many times the attendee joined
 */
public record AttendeeLine(AttendeeIdentity who, boolean invited, Instant firstJoin, Instant lastLeave,
                           boolean online, Duration connected, int sessions, AttendanceStatus status) {

    /** Connected time in whole minutes, rounded half up (29 min 30 s is 30). */
    public long connectedMinutes() {
        return (connected.toSeconds() + 30) / 60;
    }

    public boolean attended() {
        return status != AttendanceStatus.ABSENT;
    }
}
