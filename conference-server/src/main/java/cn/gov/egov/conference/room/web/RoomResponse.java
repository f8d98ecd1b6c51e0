package cn.gov.egov.conference.room.web;

import java.time.Instant;
import java.util.UUID;

import cn.gov.egov.conference.room.MeetingRoom;

/** A room as the API shows it; never the terminal token itself, only whether one is issued. */
record RoomResponse(UUID id, String regionCode, String name, String address, int capacity, String contactName,
                    String contactPhone, String contactEmail, String equipment, boolean active, long version,
                    boolean terminalIssued, Instant terminalIssuedAt, Instant lastSeenAt, boolean online) {

    static RoomResponse of(MeetingRoom r, boolean online) {
        return new RoomResponse(r.id(), r.regionCode(), r.name(), r.address(), r.capacity(), r.contactName(),
                r.contactPhone(), r.contactEmail(), r.equipment(), r.active(), r.version(),
                r.terminalIssuedAt() != null, r.terminalIssuedAt(), r.lastSeenAt(), online);
    }
}
