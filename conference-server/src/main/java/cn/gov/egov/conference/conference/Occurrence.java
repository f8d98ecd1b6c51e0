package cn.gov.egov.conference.conference;

import java.time.Instant;
import java.util.UUID;

/** One occurrence of a conference, with its current lifecycle state. */
public record Occurrence(UUID id, UUID conferenceId, int seq, Instant start, Instant end, OccurrenceState state) {
}
