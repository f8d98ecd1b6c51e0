package cn.gov.egov.portal.learning.reminders;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline reminders mailed to learners ({@code portal.learning.reminders.*}).
 *
 * @param enabled     false: the job does nothing (the home page still shows deadlines)
 * @param cron        when the job runs, Spring cron in China time ({@code -} switches the schedule off); each run
 *                    mails only what is due and not yet claimed, so running often is cheap and safe
 * @param daysBefore  remind when a deadline is exactly this many days away (China date); overdue courses are
 *                    reminded once per deadline as well
 * @param sendHour    no mail before this hour of the day (China time, 0–23)
 * @param from        sender address
 * @param fromName    sender name shown by mail programs
 * @param portalUrl   the portal's address as learners' browsers reach it (links in the mail)
 * @param retryAfter  a claimed reminder not sent (SMTP failure, crash) is tried again by a run this long after
 * @param maxAttempts tries per reminder before it is given up (the row keeps the last error)
 */
@ConfigurationProperties("portal.learning.reminders")
public record ReminderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 */15 * * * *") String cron,
        @DefaultValue({"7", "1"}) List<Integer> daysBefore,
        @DefaultValue("9") int sendHour,
        @DefaultValue("noreply@egov.example.cn") String from,
        @DefaultValue("公务员学习平台") String fromName,
        @DefaultValue("http://127.0.0.1:8080") String portalUrl,
        @DefaultValue("30m") Duration retryAfter,
        @DefaultValue("5") int maxAttempts) {

    public ReminderProperties {
        daysBefore = List.copyOf(daysBefore);
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d == null || d < 0 || d > 365)) {
            throw new IllegalArgumentException("portal.learning.reminders.days-before: days between 0 and 365");
        }
        if (sendHour < 0 || sendHour > 23) {
            throw new IllegalArgumentException("portal.learning.reminders.send-hour must be 0-23");
        }
        if (maxAttempts < 1 || retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException(
                    "portal.learning.reminders.max-attempts and retry-after must be positive");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("portal.learning.reminders.from must be set");
        }
        portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}
