package cn.gov.egov.portal.learning.reminders;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One reminder to mail: a learner's open required course whose deadline is {@code daysLeft} away (negative:
 * overdue). {@code kind} is {@code BEFORE_<n>} or {@code OVERDUE}; with the deadline it keys {@code reminder_sent}.
 */
public record DueReminder(UUID learnerId, String displayName, String email, UUID courseId, String title,
                          LocalDate deadline, long daysLeft, String kind) {

    public static final String OVERDUE = "OVERDUE";

    public static String kindFor(long daysLeft) {
        return daysLeft < 0 ? OVERDUE : "BEFORE_" + daysLeft;
    }

    public boolean overdue() {
        return daysLeft < 0;
    }

    public boolean hasAddress() {
        return email != null && !email.isBlank();
    }
}
