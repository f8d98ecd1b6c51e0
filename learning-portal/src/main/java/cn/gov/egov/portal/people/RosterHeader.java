package cn.gov.egov.portal.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a roster: where it is, the titles as written, and which column index holds which
 * {@link RosterColumn}. Columns may come in any order; unknown titles are kept (the error report copies them) but
 * not read.
 */
public final class RosterHeader {

    private final int rowNumber;
    private final List<String> titles;
    private final Map<RosterColumn, Integer> indexes;
    private final List<String> duplicates;

    private RosterHeader(int rowNumber, List<String> titles) {
        this.rowNumber = rowNumber;
        this.titles = List.copyOf(titles);
        Map<RosterColumn, Integer> found = new EnumMap<>(RosterColumn.class);
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            int index = i;
            RosterColumn.forTitle(titles.get(i)).ifPresent(column -> {
                Integer earlier = found.putIfAbsent(column, index);
                if (earlier != null) {
                    twice.add("「" + titles.get(earlier) + "」和「" + titles.get(index) + "」都表示“" + column.title()
                            + "”");
                }
            });
        }
        this.indexes = Collections.unmodifiableMap(found);
        this.duplicates = List.copyOf(twice);
    }

    /**
     * The header read from a row.
     *
     * @param rowNumber the row as Excel numbers it (1 for the first row)
     * @param titles    the cells of the row, by column index ("" for a blank cell)
     */
    public static RosterHeader of(int rowNumber, List<String> titles) {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("row numbers start at 1");
        }
        return new RosterHeader(rowNumber, titles);
    }

    /** All columns with their template titles in template order, in row 1. */
    public static RosterHeader standard() {
        return of(1, Arrays.stream(RosterColumn.values()).map(RosterColumn::title).toList());
    }

    /** The row as Excel numbers it. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The header cells as written, by column index. */
    public List<String> titles() {
        return titles;
    }

    public int width() {
        return titles.size();
    }

    /** The column index holding {@code column}, or -1 when the header does not have it. */
    public int indexOf(RosterColumn column) {
        return indexes.getOrDefault(column, -1);
    }

    public boolean has(RosterColumn column) {
        return indexes.containsKey(column);
    }

    /** How many known columns the row names: the reader takes the best row as the header. */
    int recognised() {
        return indexes.size();
    }

    /** Required columns the header lacks, in template order. */
    public List<RosterColumn> missingRequired() {
        return RosterColumn.requiredColumns().stream().filter(c -> !has(c)).toList();
    }

    /** Descriptions of columns named twice (e.g. both 工号 and 用户名); empty when each column appears once. */
    List<String> duplicates() {
        return duplicates;
    }
}
