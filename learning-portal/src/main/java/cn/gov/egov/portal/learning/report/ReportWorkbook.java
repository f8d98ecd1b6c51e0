package cn.gov.egov.portal.learning.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.egov.portal.learning.report.ReportFigures.ExamRate;
import cn.gov.egov.portal.learning.report.ReportFigures.Group;
import cn.gov.egov.portal.learning.report.ReportFigures.Overdue;
import cn.gov.egov.portal.learning.report.ReportFigures.Ranked;
import cn.gov.egov.portal.learning.report.ReportFigures.Summary;

/**
 * The report as one Excel workbook, one sheet per table, headers in the user's language (Apache POI, streaming: the
 * overdue sheet may hold many rows and is written row by row). Cell text is data, never a formula.
 */
public final class ReportWorkbook implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> GROUP_COLUMNS = List.of("report.col.group", "report.col.learners", "report.col.met",
            "report.col.met-rate", "report.col.average", "report.col.median", "report.bucket.0",
            "report.bucket.0-10", "report.bucket.10-20", "report.bucket.20-30", "report.bucket.30-40",
            "report.bucket.40+", "report.bucket.met", "report.col.assigned", "report.col.completed",
            "report.col.overdue", "report.col.completion-rate");
    static final List<String> EXAM_COLUMNS = List.of("report.col.exam", "report.col.attempts",
            "report.col.exam-learners", "report.col.passed", "report.col.pass-rate");
    static final List<String> OVERDUE_COLUMNS = List.of("report.col.learner", "report.col.username",
            "report.col.unit", "report.col.region", "report.col.course", "report.col.deadline",
            "report.col.days-overdue");
    static final List<String> RANK_COLUMNS = List.of("report.col.rank", "report.col.learner", "report.col.unit",
            "report.col.region", "report.col.hours");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final UnaryOperator<String> labels;
    private final UnaryOperator<String> regionNames;
    private Sheet overdueSheet;
    private int overdueRow = 1;

    /** {@code labels}: translation by key; {@code regionNames}: a region code to its full path. */
    public ReportWorkbook(UnaryOperator<String> labels, UnaryOperator<String> regionNames) {
        this.labels = labels;
        this.regionNames = regionNames;
    }

    public void summary(Summary s, java.util.function.Function<Group, String> groupLabel) {
        Sheet overview = sheet("report.sheet.overview", List.of("report.col.item", "report.col.value"));
        int r = 1;
        r = pair(overview, r, "report.col.year", s.year());
        r = pair(overview, r, "report.col.region", regionNames.apply(s.regionCode()));
        r = pair(overview, r, "report.col.today", s.today().toString());
        r = pair(overview, r, "report.col.learners", s.total().learners());
        r = pair(overview, r, "report.col.met", s.total().met());
        r = pair(overview, r, "report.col.average", s.total().averageHours());
        r = pair(overview, r, "report.col.median", s.total().medianHours());
        r = pair(overview, r, "report.col.assigned", s.total().assigned());
        r = pair(overview, r, "report.col.completed", s.total().completed());
        r = pair(overview, r, "report.col.completion-rate", s.total().completionRate());
        pair(overview, r, "report.col.overdue", s.overdueCount());

        groups(sheet(s.subLevel().equals("UNIT") ? "report.sheet.sub-units" : "report.sheet.sub-regions",
                GROUP_COLUMNS), s.subGroups(), groupLabel);
        groups(sheet("report.sheet.departments", GROUP_COLUMNS), s.departments(), groupLabel);
        Sheet exams = sheet("report.sheet.exams", EXAM_COLUMNS);
        int e = 1;
        for (ExamRate x : s.exams()) {
            cells(exams.createRow(e++), x.title(), x.attempts(), x.learners(), x.passed(), x.rate());
        }
        Sheet ranking = sheet("report.sheet.ranking", RANK_COLUMNS);
        int k = 1;
        for (Ranked x : s.topLearners()) {
            cells(ranking.createRow(k++), x.rank(), x.learner(), nz(x.unit()), regionNames.apply(x.regionCode()),
                    x.hours());
        }
        overdueSheet = sheet("report.sheet.overdue", OVERDUE_COLUMNS);
    }

    public void overdue(Overdue o) {
        cells(overdueSheet.createRow(overdueRow++), o.learner(), o.username(), nz(o.unit()),
                regionNames.apply(o.regionCode()), o.course(), o.deadline().toString(), o.daysOverdue());
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void groups(Sheet sheet, List<Group> groups, java.util.function.Function<Group, String> groupLabel) {
        int r = 1;
        for (Group g : groups) {
            Row row = sheet.createRow(r++);
            Object[] values = new Object[GROUP_COLUMNS.size()];
            values[0] = groupLabel.apply(g);
            values[1] = g.learners();
            values[2] = g.met();
            values[3] = g.metRate();
            values[4] = g.averageHours();
            values[5] = g.medianHours();
            for (int b = 0; b < g.buckets().length; b++) {
                values[6 + b] = g.buckets()[b];
            }
            values[13] = g.assigned();
            values[14] = g.completed();
            values[15] = g.overdue();
            values[16] = g.completionRate();
            cells(row, values);
        }
    }

    private Sheet sheet(String key, List<String> columns) {
        Sheet sheet = workbook.createSheet(labels.apply(key));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(labels.apply(columns.get(i)));
        }
        return sheet;
    }

    private int pair(Sheet sheet, int r, String key, Object value) {
        cells(sheet.createRow(r), labels.apply(key), value);
        return r + 1;
    }

    private static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            switch (v) {
                case Number n when !(v instanceof BigDecimal) -> row.createCell(i).setCellValue(n.doubleValue());
                case BigDecimal d -> row.createCell(i).setCellValue(d.doubleValue());
                default -> row.createCell(i).setCellValue(String.valueOf(v));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
