package cn.gov.egov.portal.conference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * conference-server's live conference (会控) and attendance (签到) as the portal reads them: the shapes of
 * {@code GET /api/v1/conferences/{id}/live} and {@code GET .../occurrences/{oid}/attendance} (see docs/control.md).
 * Fields the portal does not use are left out; unknown fields are ignored.
 */
public final class LiveModels {

    private LiveModels() {
    }

    /** A live conference: who is in, whose media is connected, and the control state. */
    public record LiveView(UUID conferenceId, UUID occurrenceId, String title, List<Participant> participants,
                           List<String> connected, ControlState control, Authority authority) {

        /** What the signed-in user may control; when conference-server did not say, the panel lets them try. */
        public Authority authority() {
            return authority == null ? new Authority(true, true, null) : authority;
        }

        public List<Participant> participants() {
            return participants == null ? List.of() : participants;
        }

        public List<String> connected() {
            return connected == null ? List.of() : connected;
        }
    }

    /**
     * What the user may control: {@code whole} the conference-wide actions, {@code anything} at all, and which
     * present venues ({@code venues}, participant ids; null for every venue).
     */
    public record Authority(boolean whole, boolean anything, List<String> venues) {

        public boolean controls(String venue) {
            return venues == null || venues.contains(venue);
        }
    }

    /** A member of the live conference; {@code kind} is {@code ROOM} or {@code DESKTOP}. */
    public record Participant(String id, String name, String kind, String regionCode, String username, UUID roomId) {
    }

    /**
     * The control snapshot; {@code revision} grows with every change.
     *
     * @param venues    the present venues, in join order
     * @param mainVenue participant id of the main venue (主会场) while present, else null
     * @param broadcast the venue every client shows large (广播), or null
     */
    public record ControlState(UUID conferenceId, long revision, Instant updatedAt, List<VenueState> venues,
                               String mainVenue, String mainVenueIdentity, String broadcast, RollCall rollCall,
                               Polling polling, MuteAll muteAll, boolean locked, boolean ended, List<Ban> banned,
                               Layout layout) {

        public List<VenueState> venues() {
            return venues == null ? List.of() : venues;
        }

        public List<Ban> banned() {
            return banned == null ? List.of() : banned;
        }

        public Layout layout() {
            return layout == null ? new Layout(mainVenue, null, null) : layout;
        }
    }

    /** One venue (会场) as conference control holds it. {@code thinLink} is NORMAL, LOW or AUDIO_ONLY. */
    public record VenueState(Venue venue, long joinOrder, Instant joinedAt, boolean audioMuted, boolean videoOff,
                             Instant handRaisedAt, String thinLink) {

        public String id() {
            return venue.participantId();
        }

        public boolean handRaised() {
            return handRaisedAt != null;
        }
    }

    /** Who a venue is: a room terminal ({@code ROOM}, with its room) or a desktop user ({@code DESKTOP}). */
    public record Venue(String participantId, String kind, String displayName, String regionCode, String username,
                        UUID roomId) {
    }

    public record RollCall(String venue, Instant since) {
    }

    /** Polling (轮巡); {@code target} is MAIN_VENUE or ALL, {@code current} the venue shown now (may be null). */
    public record Polling(int intervalSeconds, String target, String current, Instant nextSwitch) {
    }

    public record MuteAll(Instant since, boolean exceptMain, String exceptIdentity) {
    }

    /** A removed identity (移出), who may not rejoin unless readmitted. */
    public record Ban(String identity, String displayName, String regionCode, Instant at, String by) {
    }

    /**
     * Who is shown large: {@code featured} for every client, {@code featuredAtMainVenue} at the main venue; null
     * means each client's own choice (the active speaker).
     */
    public record Layout(String mainVenue, String featured, String featuredAtMainVenue) {
    }

    /**
     * The attendance (签到) of one occurrence. Instants are UTC, {@code timeZone} the conference's.
     *
     * @param complete whether the occurrence is over; before that, ABSENT means "not joined yet"
     */
    public record Attendance(UUID conferenceId, String title, UUID occurrenceId, int seq, Instant start, Instant end,
                             String timeZone, String state, Instant asOf, boolean complete, long lateAfterMinutes,
                             Counts counts, List<Attendee> attendees) {

        public List<Attendee> attendees() {
            return attendees == null ? List.of() : attendees;
        }
    }

    public record Counts(int invited, int onTime, int late, int absent, int uninvited) {
    }

    /**
     * One attendee's line: a room ({@code ROOM}) or a portal user ({@code DESKTOP}); {@code status} is ON_TIME,
     * LATE or ABSENT.
     *
     * @param lastLeave null if never joined or still connected ({@code online})
     */
    public record Attendee(String kind, UUID roomId, String username, String displayName, String regionCode,
                           String regionName, boolean invited, Instant firstJoin, Instant lastLeave, boolean online,
                           long connectedSeconds, long connectedMinutes, int sessions, String status,
                           String statusLabel) {
    }
}
