package cn.gov.egov.conference.conference;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an administrator fills in to schedule a conference. Times are wall-clock times in {@code timeZone}
 * (Asia/Shanghai unless given); {@code rrule} is an RFC 5545 recurrence rule without the {@code RRULE:} prefix and
 * {@code exceptions} are start times of occurrences to leave out. {@code inviteeContacts} are how to reach the
 * invitees, as the portal knows them (optional).
 */
public record ConferenceDraft(String title, ConferenceKind kind, String organiserRegion, UUID mainRoomId,
                              Set<UUID> roomIds, Set<String> invitees, LocalDateTime start, LocalDateTime end,
                              String timeZone, String rrule, List<LocalDateTime> exceptions, String description,
                              List<InviteeContact> inviteeContacts) {

    /** A draft without contact details for the invitees. */
    public ConferenceDraft(String title, ConferenceKind kind, String organiserRegion, UUID mainRoomId,
                           Set<UUID> roomIds, Set<String> invitees, LocalDateTime start, LocalDateTime end,
                           String timeZone, String rrule, List<LocalDateTime> exceptions, String description) {
        this(title, kind, organiserRegion, mainRoomId, roomIds, invitees, start, end, timeZone, rrule, exceptions,
                description, List.of());
    }
}
