package cn.gov.egov.portal.people;

/** What to write when a roster has errors. */
public enum ImportMode {
    /** The default: any error and nothing is written. */
    ALL_OR_NOTHING,
    /** Only when an administrator explicitly chooses it: write the rows without errors, skip the others. */
    VALID_ROWS_ONLY
}
