package cn.gov.egov.conference.attendance.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.attendance.AttendanceReport;
import cn.gov.egov.conference.attendance.AttendanceService;
import cn.gov.egov.conference.authority.CurrentActor;

/** Attendance (签到) of one occurrence: as JSON, or exported as an Excel workbook. */
@RestController
@RequestMapping("/api/v1/conferences/{conferenceId}/occurrences/{occurrenceId}")
class AttendanceController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final AttendanceService attendance;

    AttendanceController(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/attendance")
    AttendanceResponse get(@PathVariable UUID conferenceId, @PathVariable UUID occurrenceId) {
        return AttendanceResponse.of(attendance.report(CurrentActor.require(), conferenceId, occurrenceId));
    }

    @GetMapping("/attendance.xlsx")
    ResponseEntity<byte[]> export(@PathVariable UUID conferenceId, @PathVariable UUID occurrenceId) {
        AttendanceService.Export export = attendance.export(CurrentActor.require(), conferenceId, occurrenceId);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(export.report()), StandardCharsets.UTF_8).build().toString())
                .body(export.workbook());
    }

    /** 签到表-<title>-<local start>.xlsx, without characters file systems refuse. */
    static String fileName(AttendanceReport report) {
        var c = report.conference();
        String title = c.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        LocalDateTime start = LocalDateTime.ofInstant(report.summary().occurrence().start(), ZoneId.of(c.timeZone()));
        return "签到表-" + title + "-" + FILE_TIME.format(start) + ".xlsx";
    }
}
