package cn.gov.egov.conference.conference;

import java.time.Instant;
import java.util.UUID;

/** A room already booked by another conference at an overlapping time. */
public record BookingConflict(UUID roomId, String roomName, UUID conferenceId, String conferenceTitle, Instant start,
                              Instant end) {
}
