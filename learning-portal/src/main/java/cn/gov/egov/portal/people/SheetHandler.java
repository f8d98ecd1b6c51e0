package cn.gov.egov.portal.people;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part ({@code xl/worksheets/sheetN.xml}): turns {@code <row>}/{@code <c>} events into
 * rows of cell texts without building the workbook. Shared and inline strings (phonetic runs left out), booleans,
 * formula results as cached, numbers as plain digits (never {@code 1.3E+17}), date-formatted numbers as ISO dates.
 */
final class SheetHandler extends DefaultHandler {

    /** Receives each row that has at least one non-blank cell. */
    interface RowSink {
        /**
         * @param rowIndex     0-based row index
         * @param cells        texts by column index, null for blank; length = last non-blank column + 1
         * @param numericCells bit i set when cell i was stored as a number
         */
        void row(int rowIndex, String[] cells, long numericCells) throws SAXException;
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SharedStrings strings;
    private final StylesTable styles;
    private final RowSink sink;
    private final int maxColumns;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();

    private String[] cells;
    private long numeric;
    private int lastColumnInRow;
    private int rowIndex = -1;
    private int column;
    private String type;
    private int style;
    private StringBuilder collecting;
    private boolean sawValue;
    private boolean inPhonetic;

    SheetHandler(SharedStrings strings, StylesTable styles, RowSink sink, int maxColumns) {
        this.strings = strings;
        this.styles = styles;
        this.sink = sink;
        this.maxColumns = maxColumns;
        this.cells = new String[maxColumns];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                Arrays.fill(cells, null);
                numeric = 0;
                lastColumnInRow = -1;
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                text.setLength(0);
                inline.setLength(0);
                sawValue = false;
            }
            case "v" -> {
                collecting = text;
                sawValue = true;
            }
            case "t" -> collecting = "inlineStr".equals(type) && !inPhonetic ? inline : null;
            case "rPh" -> inPhonetic = true;
            default -> {
                // formulas (<f>) and everything else: not read
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> collecting = null;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> {
                if (lastColumnInRow >= 0) {
                    sink.row(rowIndex, Arrays.copyOf(cells, lastColumnInRow + 1), numeric);
                }
            }
            default -> {
                // nothing to do
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting != null) {
            collecting.append(ch, start, length);
        }
    }

    private void endCell() throws SAXException {
        // an inline string keeps its text in <is>; POI's own editing leaves the new value in <v>, which wins then
        String raw = "inlineStr".equals(type) && !sawValue ? inline.toString() : text.toString();
        boolean isNumber = type == null || "n".equals(type);
        String value = switch (type == null ? "n" : type) {
            case "s" -> raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            case "n" -> raw.isBlank() ? "" : number(raw.strip());
            default -> raw; // inlineStr, str (formula text), e (error such as #N/A), d (ISO date)
        };
        value = Text.clean(value);
        if (value.isEmpty()) {
            return;
        }
        if (column >= maxColumns) {
            throw new SAXException(new RosterFileException(RosterFileException.Reason.TOO_MANY_COLUMNS,
                    "第 " + (rowIndex + 1) + " 行超过 " + maxColumns + " 列，请删除多余的列后重新上传"));
        }
        cells[column] = value;
        if (isNumber) {
            numeric |= 1L << column;
        }
        lastColumnInRow = Math.max(lastColumnInRow, column);
    }

    private String number(String raw) {
        try {
            if (isDateStyle(style)) {
                double serial = Double.parseDouble(raw);
                if (DateUtil.isValidExcelDate(serial)) {
                    LocalDateTime at = DateUtil.getLocalDateTime(serial, false, true);
                    if (serial < 1) {
                        return at.toLocalTime().toString();
                    }
                    return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                            : DATE_TIME.format(at);
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private boolean isDateStyle(int index) {
        if (index < 0 || styles == null || index >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            String format = cellStyle.getDataFormatString();
            return format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format);
        });
    }
}
