package cn.gov.egov.conference.room;

import java.time.Instant;
import java.util.UUID;

/**
 * A registered meeting room (会议室) with its video terminal, in one region.
 *
 * @param terminalIssuedAt when the current terminal token was issued; null when the room has no valid token
 * @param lastSeenAt       the terminal's last heartbeat; null if it never signed in
 */
public record MeetingRoom(UUID id, String regionCode, String name, String address, int capacity, String contactName,
                          String contactPhone, String contactEmail, String equipment, boolean active, long version,
                          Instant terminalIssuedAt, Instant lastSeenAt) {

    public MeetingRoom(UUID id, String regionCode, RoomDraft d) {
        this(id, regionCode, d.name(), d.address(), d.capacity(), d.contactName(), d.contactPhone(),
                d.contactEmail(), d.equipment(), true, 0, null, null);
    }
}
