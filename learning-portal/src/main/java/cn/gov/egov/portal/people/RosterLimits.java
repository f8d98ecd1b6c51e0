package cn.gov.egov.portal.people;

/**
 * What a roster upload may be. The defaults allow twice the province's 100,000 learners in one file.
 *
 * @param maxFileBytes     the .xlsx file itself (compressed)
 * @param maxRows          data rows after the header (blank rows not counted)
 * @param maxColumns       columns with any content; at most 64
 * @param headerSearchRows the header must be within this many rows from the top (title rows may precede it)
 */
public record RosterLimits(long maxFileBytes, int maxRows, int maxColumns, int headerSearchRows) {

    public static final RosterLimits DEFAULT = new RosterLimits(30L * 1024 * 1024, 200_000, 64, 10);

    public RosterLimits {
        if (maxFileBytes < 1 || maxRows < 1 || headerSearchRows < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxColumns < 1 || maxColumns > Long.SIZE) {
            throw new IllegalArgumentException("maxColumns must be 1-64");
        }
    }

    public RosterLimits withMaxRows(int rows) {
        return new RosterLimits(maxFileBytes, rows, maxColumns, headerSearchRows);
    }

    public RosterLimits withMaxFileBytes(long bytes) {
        return new RosterLimits(bytes, maxRows, maxColumns, headerSearchRows);
    }
}
