package cn.gov.egov.conference.conference;

import java.util.UUID;

/**
 * Something happened to a conference that other modules (notifications, the focus, attendance) react to. Published
 * inside the changing transaction; listen with {@code @TransactionalEventListener} to act only after commit.
 *
 * @param occurrenceId the occurrence concerned by a state change; null for changes to the whole conference
 */
public record ConferenceEvent(Type type, UUID conferenceId, UUID occurrenceId) {

    public enum Type { SCHEDULED, CHANGED, CANCELLED, WENT_LIVE, ENDED }
}
