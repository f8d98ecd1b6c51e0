package cn.gov.egov.conference.live;

import java.util.UUID;

/**
 * Who is in a conference: a meeting room's terminal or a signed-in desktop user.
 *
 * @param username the user, for a desktop (null for a room)
 * @param roomId   the room, for a room terminal (null for a desktop)
 */
public record Attendee(Kind kind, String displayName, String regionCode, String username, UUID roomId) {

    public enum Kind { ROOM, DESKTOP }

    public static Attendee room(UUID roomId, String name, String regionCode) {
        return new Attendee(Kind.ROOM, name, regionCode, null, roomId);
    }

    public static Attendee desktop(String username, String displayName, String regionCode) {
        return new Attendee(Kind.DESKTOP, displayName, regionCode, username, null);
    }

    /** The same room or the same user: a second session of it replaces the first. */
    public boolean sameAs(Attendee other) {
        return kind == other.kind && (kind == Kind.ROOM ? roomId.equals(other.roomId)
                : username.equals(other.username));
    }
}
