package cn.gov.egov.portal.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of validating a roster: the rows that passed, every error, and what may be written. All-or-nothing by
 * default: {@link #entriesToWrite()} refuses when there is any error, so no half-imported roster is left behind.
 */
public final class ImportPlan {

    private final int rowCount;
    private final List<RosterEntry> validEntries;
    private final List<RowError> errors;
    private final Map<Integer, List<RowError>> errorsByRow;

    ImportPlan(int rowCount, List<RosterEntry> validEntries, List<RowError> errors) {
        this.rowCount = rowCount;
        this.validEntries = List.copyOf(validEntries);
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(RowError.ORDER);
        this.errors = List.copyOf(sorted);
        Map<Integer, List<RowError>> byRow = new TreeMap<>();
        for (RowError e : this.errors) {
            byRow.computeIfAbsent(e.row(), r -> new ArrayList<>()).add(e);
        }
        byRow.replaceAll((r, list) -> List.copyOf(list));
        this.errorsByRow = Collections.unmodifiableMap(byRow);
    }

    /** Data rows looked at. */
    public int rowCount() {
        return rowCount;
    }

    /** The rows without any error, in sheet order. */
    public List<RosterEntry> validEntries() {
        return validEntries;
    }

    /** Every problem, by row and column. */
    public List<RowError> errors() {
        return errors;
    }

    /** The errors of each row that has any, rows ascending. */
    public Map<Integer, List<RowError>> errorsByRow() {
        return errorsByRow;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int rowsWithErrors() {
        return errorsByRow.size();
    }

    /** The entries to write, all-or-nothing. */
    public List<RosterEntry> entriesToWrite() {
        return entriesToWrite(ImportMode.ALL_OR_NOTHING);
    }

    /**
     * The entries to write in the given mode.
     *
     * @throws RosterRejectedException in {@link ImportMode#ALL_OR_NOTHING} when there is any error
     */
    public List<RosterEntry> entriesToWrite(ImportMode mode) {
        if (mode == ImportMode.ALL_OR_NOTHING && hasErrors()) {
            throw new RosterRejectedException(errors.size(), rowsWithErrors());
        }
        return validEntries;
    }

    /**
     * The departments the entries to write belong to, each once, parents before their units — the order to create
     * them in.
     *
     * @throws RosterRejectedException as {@link #entriesToWrite(ImportMode)}
     */
    public List<Department> departmentsToWrite(ImportMode mode) {
        Set<Department> departments = new LinkedHashSet<>();
        for (RosterEntry entry : entriesToWrite(mode)) {
            departments.addAll(entry.department().lineage());
        }
        return List.copyOf(departments);
    }

    /** One line for the administrator, in Chinese. */
    public String summary() {
        if (!hasErrors()) {
            return "共 " + rowCount + " 行，全部通过校验，可以导入";
        }
        return "共 " + rowCount + " 行，其中 " + rowsWithErrors() + " 行有错误（共 " + errors.size()
                + " 处），本次不导入任何数据。请下载错误报告，修改后重新导入";
    }
}
