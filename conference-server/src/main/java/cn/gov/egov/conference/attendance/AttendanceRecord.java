package cn.gov.egov.conference.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * One connected session of one attendee in one occurrence, as stored.
 *
 * @param participantId the media endpoint id (8 hex digits) the session had on the bridge
 * @param leftAt        null while the session is open
 * @param leaveReason   null while the session is open
 */
public record AttendanceRecord(long id, UUID occurrenceId, UUID conferenceId, String participantId,
                               AttendeeIdentity who, Instant joinedAt, Instant leftAt, LeaveReason leaveReason) {

    public boolean open() {
        return leftAt == null;
    }
}
