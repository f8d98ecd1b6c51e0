package cn.gov.egov.portal.people;

import java.util.List;

/**
 * The uploaded roster as a whole cannot be read: wrong format, damaged, too large, or a header without the
 * required columns. Nothing in it was looked at row by row. The message is Chinese and tells the user what to do.
 */
public final class RosterFileException extends PeopleException {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused; {@link #code()} is the reason's name in kebab case. */
    public enum Reason {
        EMPTY_FILE, NOT_XLSX, LEGACY_OR_ENCRYPTED, CORRUPT, ZIP_BOMB, TOO_LARGE, TOO_MANY_ROWS, TOO_MANY_COLUMNS,
        NO_SHEET, MISSING_COLUMNS, DUPLICATE_COLUMN, NO_DATA;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final transient List<RosterColumn> missingColumns;

    RosterFileException(Reason reason, String message) {
        this(reason, message, List.of(), null);
    }

    RosterFileException(Reason reason, String message, Throwable cause) {
        this(reason, message, List.of(), cause);
    }

    RosterFileException(Reason reason, String message, List<RosterColumn> missingColumns, Throwable cause) {
        super(reason.code(), message, cause);
        this.reason = reason;
        this.missingColumns = List.copyOf(missingColumns);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#MISSING_COLUMNS}: the required columns that were not found, in template order. */
    public List<RosterColumn> missingColumns() {
        return missingColumns;
    }
}
