package cn.gov.egov.conference.attendance;

/** How an attendee takes part: a meeting room's video terminal, or a portal user at a desktop or laptop. */
public enum AttendeeKind {
    ROOM("会议室"), DESKTOP("桌面端");

    private final String label;

    AttendeeKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}
