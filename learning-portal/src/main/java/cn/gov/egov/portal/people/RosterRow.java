package cn.gov.egov.portal.people;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One data row of a roster as written: every cell as cleaned text (trimmed; numbers as plain digits, dates as ISO
 * {@code yyyy-MM-dd}), nothing validated yet. Cells are by column index of the {@link RosterHeader}, so the error
 * report can copy the row exactly; the accessors read the known columns ("" when blank or absent).
 */
public final class RosterRow {

    private final int number;
    private final RosterHeader header;
    private final String[] cells;
    private final long numericCells;

    RosterRow(int number, RosterHeader header, String[] cells, long numericCells) {
        if (number <= header.rowNumber()) {
            throw new IllegalArgumentException("a data row comes after the header row " + header.rowNumber());
        }
        this.number = number;
        this.header = header;
        this.cells = Arrays.copyOf(cells, header.width()); // cells beyond the last titled column are not read
        for (int i = 0; i < this.cells.length; i++) {
            this.cells[i] = Text.clean(this.cells[i]);
        }
        this.numericCells = numericCells;
    }

    /** A row built by a program (tests, other sources): text cells in the header's column order. */
    public static RosterRow of(RosterHeader header, int number, String... cells) {
        Objects.requireNonNull(header, "header");
        return new RosterRow(number, header, cells, 0L);
    }

    /** The row as Excel numbers it (the header is row {@code header().rowNumber()}). */
    public int number() {
        return number;
    }

    public RosterHeader header() {
        return header;
    }

    /** The cell of a known column, "" when blank or when the header lacks the column. */
    public String value(RosterColumn column) {
        int index = header.indexOf(column);
        return index < 0 || index >= cells.length ? "" : cells[index];
    }

    /** True when Excel stored the cell as a number, not as text (long digit strings lose digits then). */
    public boolean isNumeric(RosterColumn column) {
        int index = header.indexOf(column);
        return index >= 0 && index < Long.SIZE && (numericCells & (1L << index)) != 0;
    }

    /**
     * All cells as written, by column index: exactly as many as the header is wide; cells to the right of the last
     * titled column are not part of the roster and were dropped.
     */
    public List<String> cells() {
        return List.of(cells);
    }

    /** True when every cell is blank. */
    public boolean isBlank() {
        return Arrays.stream(cells).allMatch(String::isEmpty);
    }

    public String name() {
        return value(RosterColumn.NAME);
    }

    public String username() {
        return value(RosterColumn.USERNAME);
    }

    public String idNumber() {
        return value(RosterColumn.ID_NUMBER);
    }

    public String phone() {
        return value(RosterColumn.PHONE);
    }

    public String email() {
        return value(RosterColumn.EMAIL);
    }

    public String region() {
        return value(RosterColumn.REGION);
    }

    public String department() {
        return value(RosterColumn.DEPARTMENT);
    }

    public String rank() {
        return value(RosterColumn.RANK);
    }

    public String role() {
        return value(RosterColumn.ROLE);
    }

    @Override
    public String toString() {
        return "第 " + number + " 行 " + Arrays.toString(cells);
    }
}
