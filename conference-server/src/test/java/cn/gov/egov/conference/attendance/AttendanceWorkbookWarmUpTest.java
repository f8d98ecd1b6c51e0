package cn.gov.egov.conference.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AttendanceWorkbookWarmUpTest {

    private static final Instant NOW = Instant.parse("2026-11-22T07:30:00Z");

    @Test
    void theWarmUpWritesAWholeWorkbookThroughTheExportsCode() throws Exception {
        assertThat(new AttendanceWorkbookWarmUp(Clock.fixed(NOW, ZoneOffset.UTC)).warmUp()).isPositive();

        byte[] bytes = AttendanceWorkbook.write(AttendanceWorkbookWarmUp.sample(NOW));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var summary = book.getSheet(AttendanceWorkbook.SUMMARY_SHEET);
            assertThat(Sheets.texts(summary.getRow(0))).isEqualTo(AttendanceWorkbook.SUMMARY_HEADERS);
            assertThat(Sheets.texts(Sheets.rowOf(summary, "预热会议室"))).contains("会议室", "云南省", "30");
            var sessions = book.getSheet(AttendanceWorkbook.SESSIONS_SHEET);
            assertThat(Sheets.texts(Sheets.rowOf(sessions, "预热会议室"))).contains("0000abcd", "30", "主动离会");
        }
    }
}
