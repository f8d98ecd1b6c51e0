package cn.gov.egov.conference.attendance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The attendance report as an Excel workbook: a summary sheet (签到汇总), one row per attendee, and a sheet of
 * sessions (入会明细). Times are wall-clock times in the conference's time zone. Plain Java over Apache POI.
 */
public final class AttendanceWorkbook {

    public static final String SUMMARY_SHEET = "签到汇总";
    public static final String SESSIONS_SHEET = "入会明细";
    public static final List<String> SUMMARY_HEADERS = List.of("参会方", "类型", "所属地区", "首次入会", "最后离会",
            "在线时长(分钟)", "入会次数", "状态", "备注");
    public static final List<String> SESSION_HEADERS = List.of("参会方", "类型", "所属地区", "终端标识", "入会时间",
            "离会时间", "时长(分钟)", "离会原因");
    private static final int[] SUMMARY_WIDTHS = {28, 8, 14, 20, 20, 14, 10, 8, 16};
    private static final int[] SESSION_WIDTHS = {28, 8, 14, 10, 20, 20, 12, 12};

    private AttendanceWorkbook() {
    }

    public static byte[] write(AttendanceReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            ZoneId zone = ZoneId.of(report.conference().timeZone());
            summarySheet(book.createSheet(SUMMARY_SHEET), report, zone, styles);
            sessionsSheet(book.createSheet(SESSIONS_SHEET), report, zone, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the attendance workbook", e);
        }
    }

    private static void summarySheet(Sheet sheet, AttendanceReport report, ZoneId zone, Styles styles) {
        header(sheet, SUMMARY_HEADERS, SUMMARY_WIDTHS, styles);
        int r = 1;
        for (AttendeeLine l : report.summary().attendees()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(l.who().displayName());
            row.createCell(1).setCellValue(l.who().kind().label());
            row.createCell(2).setCellValue(report.regionName(l.who().regionCode()));
            time(row.createCell(3), l.firstJoin(), zone, styles);
            time(row.createCell(4), l.lastLeave(), zone, styles);
            row.createCell(5).setCellValue(l.connectedMinutes());
            row.createCell(6).setCellValue(l.sessions());
            row.createCell(7).setCellValue(l.status().label());
            row.createCell(8).setCellValue(note(l));
        }
    }

    private static String note(AttendeeLine l) {
        StringBuilder s = new StringBuilder();
        if (!l.invited()) {
            s.append("未受邀");
        }
        if (l.online()) {
            s.append(s.isEmpty() ? "" : "，").append("仍在线");
        }
        return s.toString();
    }

    private static void sessionsSheet(Sheet sheet, AttendanceReport report, ZoneId zone, Styles styles) {
        header(sheet, SESSION_HEADERS, SESSION_WIDTHS, styles);
        Instant now = report.summary().asOf();
        int r = 1;
        for (AttendanceRecord s : report.sessions()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(s.who().displayName());
            row.createCell(1).setCellValue(s.who().kind().label());
            row.createCell(2).setCellValue(report.regionName(s.who().regionCode()));
            row.createCell(3).setCellValue(s.participantId());
            time(row.createCell(4), s.joinedAt(), zone, styles);
            time(row.createCell(5), s.leftAt(), zone, styles);
            Instant until = s.open() ? now : s.leftAt();
            long seconds = until.isAfter(s.joinedAt()) ? Duration.between(s.joinedAt(), until).toSeconds() : 0;
            row.createCell(6).setCellValue((seconds + 30) / 60);
            row.createCell(7).setCellValue(s.open() ? "仍在线" : s.leaveReason().label());
        }
    }

    private static void header(Sheet sheet, List<String> headers, int[] widths, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void time(Cell cell, Instant at, ZoneId zone, Styles styles) {
        if (at != null) {
            cell.setCellValue(LocalDateTime.ofInstant(at, zone));
            cell.setCellStyle(styles.time);
        }
    }

    /** Cell styles, made once per workbook (a workbook holds a limited number). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle time;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }
}
