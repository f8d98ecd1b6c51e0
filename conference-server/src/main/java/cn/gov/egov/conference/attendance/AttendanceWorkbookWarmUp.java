package cn.gov.egov.conference.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceKind;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.conference.OccurrenceState;

/**
 * Writes one throw-away attendance workbook when the server is up, off the request path. The first workbook a JVM
 * writes pays Apache POI's one-time start-up: XMLBeans loads the OOXML schema type system (thousands of classes and
 * .xsb resources from the nested poi-ooxml-lite jar) and JAXP its XML serializer. That costs one to several seconds
 * of a busy machine, longer than the portal waits for conference-server's answer (its 5 s read timeout), so the first
 * 导出签到表 after every start failed with 502 (会议服务暂时无法连接) while later ones took some 40 ms.
 */
@Component
class AttendanceWorkbookWarmUp {

    private static final Logger log = LoggerFactory.getLogger(AttendanceWorkbookWarmUp.class);

    private final Clock clock;

    AttendanceWorkbookWarmUp(Clock clock) {
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Thread.ofVirtual().name("attendance-workbook-warm-up").start(this::warmUp);
    }

    /** Writes the sample workbook; answers its size in bytes, or -1 when POI failed (logged; exports will say why). */
    int warmUp() {
        long started = System.nanoTime();
        try {
            int size = AttendanceWorkbook.write(sample(clock.instant())).length;
            log.info("Attendance workbooks ready (Apache POI warmed up in {} ms)",
                    (System.nanoTime() - started) / 1_000_000);
            return size;
        } catch (RuntimeException | LinkageError e) {
            log.warn("Warming up the attendance workbook failed: {}", e.toString());
            return -1;
        }
    }

    /** A report of one room with one finished session: every cell kind and style a real export uses. */
    static AttendanceReport sample(Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.HOURS);
        UUID conferenceId = new UUID(0, 1);
        UUID occurrenceId = new UUID(0, 2);
        UUID roomId = new UUID(0, 3);
        Conference conference = new Conference(conferenceId, "预热", ConferenceKind.MEETING, "530000", roomId,
                Set.of(roomId), Set.of(), start, start.plus(Duration.ofHours(1)), "Asia/Shanghai", null, List.of(),
                null, false, "system", 0);
        Occurrence occurrence = new Occurrence(occurrenceId, conferenceId, 1, start, start.plus(Duration.ofHours(1)),
                OccurrenceState.ENDED);
        AttendeeIdentity room = AttendeeIdentity.room(roomId, "预热会议室", "530000");
        AttendanceRecord session = new AttendanceRecord(1, occurrenceId, conferenceId, "0000abcd", room, start,
                start.plus(Duration.ofMinutes(30)), LeaveReason.LEFT);
        AttendanceSummary summary = AttendanceSummary.of(occurrence, List.of(room), List.of(session),
                start.plus(Duration.ofHours(2)), Duration.ofMinutes(5));
        return new AttendanceReport(conference, summary, List.of(session), Map.of("530000", "云南省"));
    }
}
