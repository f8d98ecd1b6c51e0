package cn.gov.egov.portal.learning.reminders;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One required course a learner must take, from the view {@code required_course_status} (V26).
 *
 * @param deadline    the earliest deadline of the assignments that bind the learner
 * @param completedOn the date of the course's ledger line, or null while open
 * @param daysLeft    days from today (China date) to the deadline: 0 = due today, negative = overdue
 */
public record RequiredCourse(UUID courseId, String title, LocalDate deadline, LocalDate completedOn, long daysLeft) {

    /** Within this many days (inclusive) a deadline is highlighted on the home page. */
    public static final int DUE_SOON_DAYS = 7;

    public boolean completed() {
        return completedOn != null;
    }

    public boolean overdue() {
        return !completed() && daysLeft < 0;
    }

    /** Open, not overdue, and due within {@link #DUE_SOON_DAYS} days. */
    public boolean dueSoon() {
        return !completed() && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS;
    }
}
