package cn.gov.egov.conference.control;

import java.time.Instant;
import java.util.UUID;

import cn.gov.egov.conference.authority.Actor;

/**
 * One control action for the audit log, accepted or not; the caller writes it ({@code AuditLog}). For an action of a
 * signed-in user the actor is the username and role; for a room terminal {@code terminal:<participant id>} and
 * {@code TERMINAL}; for a refused join the venue's identity and its kind.
 *
 * @param targetVenue  the participant id (or, for {@code READMIT}, the identity) acted on, or null
 * @param targetRegion its region, or null
 * @param reason       the English code of a denial or rejection, null when allowed
 */
public record AuditRecord(Instant at, UUID conferenceId, String actor, String actorRole, String actorRegion,
                          String clientAddress, ControlAction action, String targetVenue, String targetRegion,
                          Outcome outcome, String reason) {

    public enum Outcome { ALLOWED, DENIED, REJECTED }

    /** The record of a controller's action; {@code terminalRegion} is the region of a terminal acting. */
    static AuditRecord of(Instant at, UUID conferenceId, Controller by, String terminalRegion, ControlAction action,
                          String targetVenue, String targetRegion, Outcome outcome, String reason) {
        return switch (by) {
            case Controller.User(Actor a) -> new AuditRecord(at, conferenceId, a.username(), a.role().name(),
                    a.regionCode(), a.clientAddress(), action, targetVenue, targetRegion, outcome, reason);
            case Controller.Terminal t -> new AuditRecord(at, conferenceId, t.name(), "TERMINAL", terminalRegion,
                    null, action, targetVenue, targetRegion, outcome, reason);
        };
    }
}
