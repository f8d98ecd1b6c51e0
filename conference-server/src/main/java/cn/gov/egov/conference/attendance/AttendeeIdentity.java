package cn.gov.egov.conference.attendance;

import java.util.Objects;
import java.util.UUID;

/**
 * Who a session belongs to: a meeting room (by room id) or a portal user (by user name), with the name and region
 * to show. Two sessions are the same attendee when their {@link #key()}s are equal.
 *
 * @param roomId      the room, for {@link AttendeeKind#ROOM}; null otherwise
 * @param username    the portal user, for {@link AttendeeKind#DESKTOP}; null otherwise
 * @param displayName the room's name or the user's name; for an absent user it may be the user name
 * @param regionCode  the room's or the user's region; null when unknown (an invited user who never joined)
 */
public record AttendeeIdentity(AttendeeKind kind, UUID roomId, String username, String displayName,
                               String regionCode) {

    static final int MAX_NAME = 100;

    public AttendeeIdentity {
        Objects.requireNonNull(kind, "kind");
        if (kind == AttendeeKind.ROOM && roomId == null) {
            throw new IllegalArgumentException("a room attendee needs a room id");
        }
        if (kind == AttendeeKind.DESKTOP && (username == null || username.isBlank())) {
            throw new IllegalArgumentException("a desktop attendee needs a user name");
        }
        if (kind == AttendeeKind.ROOM) {
            username = null;
        } else {
            roomId = null;
        }
        if (displayName == null || displayName.isBlank()) {
            displayName = kind == AttendeeKind.ROOM ? roomId.toString() : username;
        }
        displayName = displayName.strip();
        if (displayName.length() > MAX_NAME) {
            displayName = displayName.substring(0, MAX_NAME);
        }
    }

    /** A meeting room's terminal. */
    public static AttendeeIdentity room(UUID roomId, String name, String regionCode) {
        return new AttendeeIdentity(AttendeeKind.ROOM, roomId, null, name, regionCode);
    }

    /** A portal user at a desktop client. */
    public static AttendeeIdentity desktop(String username, String displayName, String regionCode) {
        return new AttendeeIdentity(AttendeeKind.DESKTOP, null, username, displayName, regionCode);
    }

    /** Identifies the attendee across sessions: {@code ROOM:<room id>} or {@code DESKTOP:<user name>}. */
    public String key() {
        return kind + ":" + (kind == AttendeeKind.ROOM ? roomId : username);
    }
}
