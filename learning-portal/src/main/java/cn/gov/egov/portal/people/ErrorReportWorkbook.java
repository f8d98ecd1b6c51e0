package cn.gov.egov.portal.people;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The error report of a refused roster, as .xlsx written with SXSSF (a window of rows in memory, the rest in a
 * compressed temporary file): the roster's own columns with every row at its original row number, problem cells
 * filled red, and a 错误说明 column after them; a second sheet 错误汇总 lists the errors one per line. Corrected in
 * place, the first sheet can be uploaded again. It carries the uploaded data (ID numbers included) back to the
 * administrator who uploaded it: stream it to them, never store it.
 */
public final class ErrorReportWorkbook implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String SHEET = "花名册";
    public static final String SUMMARY_SHEET = "错误汇总";
    public static final String ERROR_COLUMN = "错误说明";

    private final RosterHeader header;
    private final List<RowError> errors;
    private final Map<Integer, List<RowError>> errorsByRow = new HashMap<>();
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private final CellStyle problem;
    private final CellStyle bold;
    private final CellStyle explanation;
    private int lastRow;

    /**
     * @param header the roster's header
     * @param errors the plan's errors; rows added later are matched to them by row number
     */
    public ErrorReportWorkbook(RosterHeader header, List<RowError> errors) {
        this.header = Objects.requireNonNull(header, "header");
        this.errors = List.copyOf(errors);
        for (RowError e : this.errors) {
            errorsByRow.computeIfAbsent(e.row(), r -> new ArrayList<>()).add(e);
        }
        workbook.setCompressTempFiles(true);
        text = style(false, false, false);
        problem = style(true, false, false);
        bold = style(false, true, false);
        explanation = style(false, false, true);
        sheet = workbook.createSheet(SHEET);
        writeHeader();
    }

    /** Writes a roster and its errors in one go. */
    public static void write(Roster roster, List<RowError> errors, OutputStream out) throws IOException {
        try (ErrorReportWorkbook report = new ErrorReportWorkbook(roster.header(), errors)) {
            roster.rows().forEach(report::add);
            report.writeTo(out);
        }
    }

    /** Copies one roster row, marking its problems; rows must come in sheet order. */
    public void add(RosterRow row) {
        if (row.number() <= lastRow) {
            throw new IllegalArgumentException("rows must be added in sheet order: " + row.number());
        }
        lastRow = row.number();
        Row out = sheet.createRow(row.number() - 1);
        List<RowError> rowErrors = errorsByRow.getOrDefault(row.number(), List.of());
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                cell(out, i, cells.get(i), text);
            }
        }
        for (RowError e : rowErrors) {
            int index = header.indexOf(e.column());
            if (index >= 0) {
                Cell cell = out.getCell(index);
                (cell == null ? cell(out, index, "", problem) : cell).setCellStyle(problem);
            }
        }
        if (!rowErrors.isEmpty()) {
            cell(out, header.width(), rowErrors.stream().map(e -> "「" + e.column().title() + "」" + e.message())
                    .collect(Collectors.joining("；")), explanation);
        }
    }

    /** Adds the summary sheet and writes the workbook. */
    public void writeTo(OutputStream out) throws IOException {
        int headerIndex = header.rowNumber() - 1;
        sheet.setAutoFilter(new CellRangeAddress(headerIndex, Math.max(headerIndex, lastRow - 1), 0, header.width()));
        SXSSFSheet summary = workbook.createSheet(SUMMARY_SHEET);
        Row top = summary.createRow(0);
        String[] titles = {"行号", "列", "错误代码", ERROR_COLUMN};
        for (int i = 0; i < titles.length; i++) {
            cell(top, i, titles[i], bold);
        }
        int r = 1;
        for (RowError e : errors) {
            Row row = summary.createRow(r++);
            row.createCell(0).setCellValue(e.row());
            cell(row, 1, e.column().title(), text);
            cell(row, 2, e.code().name(), text);
            cell(row, 3, e.message(), text);
        }
        summary.setColumnWidth(1, 14 * 256);
        summary.setColumnWidth(2, 26 * 256);
        summary.setColumnWidth(3, 80 * 256);
        workbook.write(out);
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void writeHeader() {
        Row row = sheet.createRow(header.rowNumber() - 1);
        for (int i = 0; i < header.width(); i++) {
            cell(row, i, header.titles().get(i), bold);
            sheet.setColumnWidth(i, 18 * 256);
        }
        CellStyle errorTitle = style(true, true, false);
        cell(row, header.width(), ERROR_COLUMN, errorTitle);
        sheet.setColumnWidth(header.width(), 80 * 256);
        sheet.createFreezePane(0, header.rowNumber());
    }

    private static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** Text-formatted cells (so corrected ID numbers stay text); problem cells light red with dark red text. */
    private CellStyle style(boolean flagged, boolean boldFont, boolean redText) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Font font = workbook.createFont();
        font.setBold(boldFont);
        if (flagged || redText) {
            font.setColor(IndexedColors.DARK_RED.getIndex());
        }
        if (flagged) {
            style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        style.setFont(font);
        return style;
    }
}
