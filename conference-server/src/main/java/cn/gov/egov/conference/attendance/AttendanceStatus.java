package cn.gov.egov.conference.attendance;

/** How an attendee attended one occurrence (see {@link AttendanceSummary} for the rules). */
public enum AttendanceStatus {
    ON_TIME("准时"), LATE("迟到"), ABSENT("缺席");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}
