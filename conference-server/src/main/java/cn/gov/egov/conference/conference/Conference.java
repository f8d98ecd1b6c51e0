package cn.gov.egov.conference.conference;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A scheduled conference as stored: the draft it was made from plus identity, state and version. */
public record Conference(UUID id, String title, ConferenceKind kind, String organiserRegion, UUID mainRoomId,
                         Set<UUID> roomIds, Set<String> invitees, Instant firstStart, Instant firstEnd,
                         String timeZone, String rrule, List<LocalDateTime> exceptions, String description,
                         boolean cancelled, String createdBy, long version) {
}
