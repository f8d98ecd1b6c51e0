package cn.gov.egov.portal.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.egov.portal.conference.ConferenceModels.AuditEntry;

/** Writes audit entries to an Excel workbook (Apache POI, streaming, so large exports stay small in memory). */
public final class AuditWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> COLUMNS = List.of("audit.col.at", "audit.col.actor", "audit.col.role",
            "audit.col.region", "audit.col.action", "audit.col.outcome", "audit.col.target", "audit.col.summary",
            "audit.col.address");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private AuditWorkbook() {
    }

    /** One header row (labels looked up by key) and one row per entry, times in Asia/Shanghai. */
    public static void write(List<AuditEntry> entries, UnaryOperator<String> labels, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(labels.apply("audit.title"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(labels.apply(COLUMNS.get(i)));
            }
            int r = 1;
            for (AuditEntry e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(TIME.format(e.at()));
                row.createCell(1).setCellValue(e.actor());
                row.createCell(2).setCellValue(e.actorRole());
                row.createCell(3).setCellValue(e.actorRegion());
                row.createCell(4).setCellValue(e.action());
                row.createCell(5).setCellValue(e.outcome());
                row.createCell(6).setCellValue(e.targetType() + (e.targetId() == null ? "" : " " + e.targetId()));
                row.createCell(7).setCellValue(e.summary() == null ? "" : e.summary());
                row.createCell(8).setCellValue(e.clientAddress() == null ? "" : e.clientAddress());
            }
            workbook.write(out);
        }
    }
}
