package cn.gov.egov.portal.people;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in one cell of a roster.
 *
 * @param row     the row as Excel numbers it
 * @param column  the column of the cell
 * @param code    what kind of problem
 * @param message what is wrong and how to fix it, in Chinese
 */
public record RowError(int row, RosterColumn column, RowProblem code, String message) {

    /** Report order: by row, then by column in template order. */
    public static final Comparator<RowError> ORDER = Comparator.comparingInt(RowError::row)
            .thenComparing(RowError::column).thenComparing(RowError::code);

    public RowError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (column != code.column()) {
            throw new IllegalArgumentException(code + " is a problem of column " + code.column());
        }
    }

    static RowError of(int row, RowProblem code, String message) {
        return new RowError(row, code.column(), code, message);
    }

    /** {@code 第 5 行「身份证号」：…}, for lists and logs. */
    public String describe() {
        return "第 " + row + " 行「" + column.title() + "」：" + message;
    }
}
