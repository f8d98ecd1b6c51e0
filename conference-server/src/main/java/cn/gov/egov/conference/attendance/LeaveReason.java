package cn.gov.egov.conference.attendance;

/** Why a session ended. */
public enum LeaveReason {
    /** The participant hung up. */
    LEFT("主动离会"),
    /** The organiser or an administrator removed the participant. */
    REMOVED("被移出"),
    /** The connection was lost, or the focus lost track of it (a crash or restart). */
    DISCONNECTED("断线"),
    /** The conference ended with the participant still in it. */
    ENDED("会议结束");

    private final String label;

    LeaveReason(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}
