package cn.gov.egov.portal.people;

/** The kinds of problem one roster row can have, each in one column. Stable codes for programs and i18n. */
public enum RowProblem {
    NAME_MISSING(RosterColumn.NAME),
    NAME_TOO_LONG(RosterColumn.NAME),
    USERNAME_MISSING(RosterColumn.USERNAME),
    USERNAME_INVALID(RosterColumn.USERNAME),
    USERNAME_DUPLICATE(RosterColumn.USERNAME),
    ID_NUMBER_NOT_TEXT(RosterColumn.ID_NUMBER),
    ID_NUMBER_INVALID(RosterColumn.ID_NUMBER),
    ID_NUMBER_CHECKSUM(RosterColumn.ID_NUMBER),
    ID_NUMBER_DUPLICATE(RosterColumn.ID_NUMBER),
    PHONE_INVALID(RosterColumn.PHONE),
    EMAIL_INVALID(RosterColumn.EMAIL),
    REGION_MISSING(RosterColumn.REGION),
    REGION_UNKNOWN(RosterColumn.REGION),
    REGION_AMBIGUOUS(RosterColumn.REGION),
    REGION_OUT_OF_SCOPE(RosterColumn.REGION),
    DEPARTMENT_MISSING(RosterColumn.DEPARTMENT),
    DEPARTMENT_NAME_TOO_LONG(RosterColumn.DEPARTMENT),
    DEPARTMENT_PATH_INVALID(RosterColumn.DEPARTMENT),
    RANK_UNKNOWN(RosterColumn.RANK),
    ROLE_UNKNOWN(RosterColumn.ROLE),
    ROLE_NOT_ALLOWED(RosterColumn.ROLE);

    private final RosterColumn column;

    RowProblem(RosterColumn column) {
        this.column = column;
    }

    /** The column the problem is in: the cell the error report highlights. */
    public RosterColumn column() {
        return column;
    }
}
