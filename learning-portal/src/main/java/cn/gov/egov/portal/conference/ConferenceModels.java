package cn.gov.egov.portal.conference;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The shapes of conference-server's API as the portal reads and writes them. */
public final class ConferenceModels {

    private ConferenceModels() {
    }

    public record Room(UUID id, String regionCode, String name, String address, int capacity, String contactName,
                       String contactPhone, String contactEmail, String equipment, boolean active, long version,
                       boolean terminalIssued, Instant terminalIssuedAt, Instant lastSeenAt, boolean online) {
    }

    public record RoomForm(String regionCode, String name, String address, Integer capacity, String contactName,
                           String contactPhone, String contactEmail, String equipment, Boolean active) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record ConferenceForm(String title, String kind, String organiserRegion, UUID mainRoomId,
                                 Set<UUID> roomIds, Set<String> invitees, LocalDateTime start, LocalDateTime end,
                                 String timeZone, String rrule, List<LocalDateTime> exceptions, String description,
                                 List<InviteeContact> inviteeContacts) {

        /** A form whose invitees' addresses are not filled in (yet). */
        public ConferenceForm(String title, String kind, String organiserRegion, UUID mainRoomId, Set<UUID> roomIds,
                              Set<String> invitees, LocalDateTime start, LocalDateTime end, String timeZone,
                              String rrule, List<LocalDateTime> exceptions, String description) {
            this(title, kind, organiserRegion, mainRoomId, roomIds, invitees, start, end, timeZone, rrule, exceptions,
                    description, List.of());
        }

        public ConferenceForm withContacts(List<InviteeContact> contacts) {
            return new ConferenceForm(title, kind, organiserRegion, mainRoomId, roomIds, invitees, start, end,
                    timeZone, rrule, exceptions, description, List.copyOf(contacts));
        }
    }

    /** How conference-server may reach an invited user by e-mail or SMS (any part but the name may be null). */
    public record InviteeContact(String username, String displayName, String email, String mobile) {
    }

    public record Conference(UUID id, String title, String kind, String organiserRegion, UUID mainRoomId,
                             Set<UUID> roomIds, Set<String> invitees, LocalDateTime start, LocalDateTime end,
                             String timeZone, Instant startUtc, Instant endUtc, String rrule,
                             List<LocalDateTime> exceptions, String description, boolean cancelled, String createdBy,
                             long version) {
    }

    public record Conflict(UUID roomId, String roomName, UUID conferenceId, String conferenceTitle, Instant start,
                           Instant end) {
    }

    public record CheckResult(Conflict conflict) {
    }

    public record CalendarEntry(UUID occurrenceId, UUID conferenceId, int seq, String title, String kind,
                                String organiserRegion, UUID mainRoomId, Instant start, Instant end, String state) {
    }

    public record Notice(UUID id, UUID conferenceId, UUID occurrenceId, String kind, String subject, String body,
                         Instant createdAt, Instant readAt) {
    }

    public record Occurrence(UUID id, UUID conferenceId, int seq, Instant start, Instant end, String state) {
    }

    public record Delivery(UUID id, UUID occurrenceId, String kind, String channel, String recipient,
                           String recipientLabel, String subject, String status, int attempts, String lastError,
                           Instant nextAttemptAt, Instant createdAt, Instant sentAt, Instant readAt) {
    }

    public record AuditEntry(long id, Instant at, String actor, String actorRole, String actorRegion, String action,
                             String outcome, String targetType, String targetId, String targetRegion, String summary,
                             String clientAddress) {
    }
}
