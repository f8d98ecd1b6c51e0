package cn.gov.egov.conference.control;

import java.util.Objects;
import java.util.UUID;

/**
 * One participant of a live conference as conference control sees it: a meeting-room terminal (会场) or a desktop
 * client (桌面用户). The participant id is the signalling layer's id for this connection and changes when the venue
 * reconnects; {@link #identity()} does not.
 *
 * @param username the signed-in user of a desktop client (null for a room)
 * @param roomId   the meeting room of a room terminal (null for a desktop client)
 */
public record Venue(String participantId, Kind kind, String displayName, String regionCode, String username,
                    UUID roomId) {

    /** How a venue takes part. */
    public enum Kind { ROOM, DESKTOP }

    public Venue {
        if (participantId == null || participantId.isBlank()) {
            throw new IllegalArgumentException("participantId must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(regionCode, "regionCode");
        displayName = displayName == null ? participantId : displayName;
        if (kind == Kind.ROOM && (roomId == null || username != null)) {
            throw new IllegalArgumentException("a room venue has a room id and no username");
        }
        if (kind == Kind.DESKTOP && (username == null || username.isBlank() || roomId != null)) {
            throw new IllegalArgumentException("a desktop venue has a username and no room id");
        }
    }

    public static Venue room(String participantId, String displayName, String regionCode, UUID roomId) {
        return new Venue(participantId, Kind.ROOM, displayName, regionCode, null, roomId);
    }

    public static Venue desktop(String participantId, String displayName, String regionCode, String username) {
        return new Venue(participantId, Kind.DESKTOP, displayName, regionCode, username, null);
    }

    /** What stays the same across reconnects: {@code room:<uuid>} or {@code user:<username>}; bans are kept by it. */
    public String identity() {
        return kind == Kind.ROOM ? roomIdentity(roomId) : "user:" + username;
    }

    /** The identity of a room's terminal. */
    public static String roomIdentity(UUID roomId) {
        return "room:" + roomId;
    }
}
