package cn.gov.egov.conference.control;

import java.util.Objects;

import cn.gov.egov.conference.authority.Actor;

/**
 * Who acts: a signed-in user (the chair, an administrator, or a desktop participant acting for itself), or a room
 * terminal, which never controls anything and may only raise or lower its own hand.
 */
public sealed interface Controller {

    /** A signed-in user, as the verified service token names them. */
    record User(Actor actor) implements Controller {
        public User {
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** The terminal of a meeting room, by its participant id in this conference. */
    record Terminal(String participantId) implements Controller {
        public Terminal {
            Objects.requireNonNull(participantId, "participantId");
        }
    }

    /** The name the audit log and bans show: the username, or {@code terminal:<participant id>}. */
    default String name() {
        return switch (this) {
            case User(Actor a) -> a.username();
            case Terminal(String id) -> "terminal:" + id;
        };
    }

    static Controller user(Actor actor) {
        return new User(actor);
    }

    static Controller terminal(String participantId) {
        return new Terminal(participantId);
    }
}
