package cn.gov.egov.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.gov.egov.portal.conference.ConferenceModels.AuditEntry;

class AuditWorkbookTest {

    @Test
    void writesAHeaderAndOneRowPerEntryInShanghaiTime() throws Exception {
        var entries = List.of(
                new AuditEntry(1, Instant.parse("2026-11-21T01:02:03Z"), "km-admin", "REGION_ADMIN", "530100",
                        "CONFERENCE_SCHEDULE", "OK", "CONFERENCE", "c-1", "530100", "title=全市会议", "10.0.0.7"),
                new AuditEntry(2, Instant.parse("2026-11-21T02:00:00Z"), "dali", "REGION_ADMIN", "532900",
                        "DENIED POST /api/v1/rooms", "DENIED", "REQUEST", null, "530100", "outside", null));
        Map<String, String> labels = Map.of("audit.title", "审计日志", "audit.col.at", "时间");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditWorkbook.write(entries, k -> labels.getOrDefault(k, k), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("审计日志");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-11-21 09:02:03");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("title=全市会议");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("DENIED");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("REQUEST");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEmpty();
        }
    }
}
