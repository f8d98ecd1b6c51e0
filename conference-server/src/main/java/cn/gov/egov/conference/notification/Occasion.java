package cn.gov.egov.conference.notification;

/**
 * Why a notice is written. A change that drops a room or an invitee tells them with {@link #REMOVED}, stored as a
 * change notice whose invitation withdraws the event from their calendar.
 */
public enum Occasion {
    SCHEDULED(Notification.Kind.SCHEDULED),
    CHANGED(Notification.Kind.CHANGED),
    REMOVED(Notification.Kind.CHANGED),
    CANCELLED(Notification.Kind.CANCELLED),
    REMINDER(Notification.Kind.REMINDER);

    private final Notification.Kind kind;

    Occasion(Notification.Kind kind) {
        this.kind = kind;
    }

    public Notification.Kind kind() {
        return kind;
    }

    /** True when the recipient's calendar entry is to be withdrawn (iCalendar METHOD:CANCEL). */
    public boolean withdraws() {
        return this == REMOVED || this == CANCELLED;
    }
}
