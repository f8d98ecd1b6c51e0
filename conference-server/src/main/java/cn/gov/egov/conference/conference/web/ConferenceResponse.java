package cn.gov.egov.conference.conference.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceKind;

/** A conference as the API shows it: wall-clock times in its zone and the same instants in UTC. */
record ConferenceResponse(UUID id, String title, ConferenceKind kind, String organiserRegion, UUID mainRoomId,
                          Set<UUID> roomIds, Set<String> invitees, LocalDateTime start, LocalDateTime end,
                          String timeZone, Instant startUtc, Instant endUtc, String rrule,
                          List<LocalDateTime> exceptions, String description, boolean cancelled, String createdBy,
                          long version) {

    static ConferenceResponse of(Conference c) {
        ZoneId zone = ZoneId.of(c.timeZone());
        return new ConferenceResponse(c.id(), c.title(), c.kind(), c.organiserRegion(), c.mainRoomId(), c.roomIds(),
                c.invitees(), LocalDateTime.ofInstant(c.firstStart(), zone), LocalDateTime.ofInstant(c.firstEnd(), zone),
                c.timeZone(), c.firstStart(), c.firstEnd(), c.rrule(), c.exceptions(), c.description(), c.cancelled(),
                c.createdBy(), c.version());
    }
}
