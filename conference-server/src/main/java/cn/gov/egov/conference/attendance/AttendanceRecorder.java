package cn.gov.egov.conference.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the signalling layer calls as people come and go (签到). Every time comes from the injected clock. Each join
 * is a new session: a venue that drops and comes back shows two intervals. Safe with several instances: every call
 * is one statement.
 *
 * <ul>
 *   <li>{@link #joined} when a participant's media endpoint is up;</li>
 *   <li>{@link #left} when it goes away (hung up, removed, lost);</li>
 *   <li>{@link #closeOpen} when a conference ends ({@link LeaveReason#ENDED}) or when the focus of one occurrence
 *       restarts after a crash and so lost its sessions ({@link LeaveReason#DISCONNECTED});</li>
 *   <li>{@link #closeStale} as a safety net for leaves nobody reported, on occurrences long over.</li>
 * </ul>
 * Occurrences that end or are cancelled get their open sessions closed automatically ({@link AttendanceClosing}).
 */
@Service
public class AttendanceRecorder {

    private static final Logger log = LoggerFactory.getLogger(AttendanceRecorder.class);
    private static final Pattern PARTICIPANT = Pattern.compile("[0-9a-f]{8}");
    private static final Pattern REGION = Pattern.compile("[0-9]{6}");

    private final AttendanceRepository records;
    private final Clock clock;

    public AttendanceRecorder(AttendanceRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * Records that a participant joined now and answers the session's id, to pass to {@link #left}. Joining again
     * with the same participant id while that session is open answers the open session (a repeated signal).
     *
     * @param participantId the media endpoint id: 8 hexadecimal digits
     * @throws IllegalArgumentException for a malformed participant id or region, or an occurrence that is not of the
     *                                  conference
     */
    public long joined(UUID occurrenceId, UUID conferenceId, AttendeeIdentity who, String participantId) {
        Objects.requireNonNull(occurrenceId, "occurrenceId");
        Objects.requireNonNull(conferenceId, "conferenceId");
        Objects.requireNonNull(who, "who");
        String participant = participantId == null ? "" : participantId.toLowerCase(Locale.ROOT);
        if (!PARTICIPANT.matcher(participant).matches()) {
            throw new IllegalArgumentException("participant id must be 8 hexadecimal digits: " + participantId);
        }
        if (who.regionCode() == null || !REGION.matcher(who.regionCode()).matches()) {
            throw new IllegalArgumentException("attendee needs a 6-digit region code: " + who.regionCode());
        }
        Instant now = clock.instant();
        return records.insertOpen(occurrenceId, conferenceId, who, participant, now)
                .or(() -> records.findOpen(occurrenceId, participant))
                .orElseThrow(() -> new IllegalArgumentException(
                        "occurrence " + occurrenceId + " is not an occurrence of conference " + conferenceId));
    }

    /** Records that the session ended now; false when it is unknown or was already closed (nothing changes). */
    public boolean left(long recordId, LeaveReason reason) {
        Objects.requireNonNull(reason, "reason");
        boolean closed = records.close(recordId, reason, clock.instant());
        if (!closed) {
            log.debug("Attendance session {} was unknown or already closed", recordId);
        }
        return closed;
    }

    /** Closes every session of the occurrence still open, as of now; answers how many. */
    public int closeOpen(UUID occurrenceId, LeaveReason reason) {
        Objects.requireNonNull(reason, "reason");
        int n = records.closeOpenOfOccurrence(occurrenceId, reason, clock.instant());
        if (n > 0) {
            log.info("Closed {} open attendance sessions of occurrence {} ({})", n, occurrenceId, reason);
        }
        return n;
    }

    /** Closes every session still open in any occurrence of the conference, as of now (a cancelled conference). */
    public int closeOpenOfConference(UUID conferenceId, LeaveReason reason) {
        Objects.requireNonNull(reason, "reason");
        int n = records.closeOpenOfConference(conferenceId, reason, clock.instant());
        if (n > 0) {
            log.info("Closed {} open attendance sessions of conference {} ({})", n, conferenceId, reason);
        }
        return n;
    }

    /**
     * Closes, as {@link LeaveReason#ENDED}, sessions still open on occurrences scheduled to end before
     * {@code endedBefore}, whose leave was never reported (a focus crashed). The true leave is unknown, so each is
     * stamped with its occurrence's scheduled end (or its join, if later): the report never invents presence past
     * the schedule. Does not touch occurrences that may still be running, so it is safe with several instances.
     */
    public int closeStale(Instant endedBefore) {
        Objects.requireNonNull(endedBefore, "endedBefore");
        int n = records.closeOpenOfOccurrencesEndedBefore(endedBefore, clock.instant());
        if (n > 0) {
            log.warn("Closed {} attendance sessions left open on occurrences that ended before {}", n, endedBefore);
        }
        return n;
    }
}
