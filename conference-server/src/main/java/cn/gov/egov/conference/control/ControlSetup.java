package cn.gov.egov.conference.control;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.gov.egov.conference.conference.Conference;

/**
 * What conference control needs to know of the scheduled conference.
 *
 * @param chairUsername the chair (主持人): the user who created the conference
 * @param mainRoomId    the designated main room (主会场), or null; its terminal is the main venue when it joins
 * @param roomIds       the rooms of the conference, which may join while it is locked
 * @param invitees      invited usernames, who may join from a desktop while it is locked
 */
public record ControlSetup(UUID conferenceId, String organiserRegion, String chairUsername, UUID mainRoomId,
                           Set<UUID> roomIds, Set<String> invitees) {

    public ControlSetup {
        Objects.requireNonNull(conferenceId, "conferenceId");
        Objects.requireNonNull(organiserRegion, "organiserRegion");
        Objects.requireNonNull(chairUsername, "chairUsername");
        roomIds = roomIds == null ? Set.of() : Set.copyOf(roomIds);
        invitees = invitees == null ? Set.of() : Set.copyOf(invitees);
    }

    public static ControlSetup of(Conference conference) {
        return new ControlSetup(conference.id(), conference.organiserRegion(), conference.createdBy(),
                conference.mainRoomId(), conference.roomIds(), conference.invitees());
    }

    /** True for the conference's own rooms (the main room included) and the chair and invitees on a desktop. */
    boolean expected(Venue venue) {
        return switch (venue.kind()) {
            case ROOM -> venue.roomId().equals(mainRoomId) || roomIds.contains(venue.roomId());
            case DESKTOP -> venue.username().equals(chairUsername) || invitees.contains(venue.username());
        };
    }
}
