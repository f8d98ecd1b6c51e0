package cn.gov.egov.conference.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One notice to one recipient over one channel: a row of the outbox. E-mail and SMS rows are delivered by
 * {@link NotificationSender}; portal rows are read through the API.
 *
 * @param occurrenceId  the occurrence a reminder is about; null for notices about the whole conference
 * @param recipient     an e-mail address, a mobile number or a portal user name, by channel
 * @param ics           the iCalendar invitation (e-mail only, not for reminders)
 * @param nextAttemptAt when the sender may (re)try; moved forward while a sender holds the row
 * @param expiresAt     after this the notice is pointless and is not sent; null when it never expires
 */
public record Notification(UUID id, UUID conferenceId, UUID occurrenceId, Kind kind, Channel channel,
                           String recipient, String recipientLabel, String subject, String body, String ics,
                           Status status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                           Instant sentAt, Instant readAt, Instant expiresAt) {

    /** What happened: 会议通知, 会议变更通知, 会议取消通知, 会前提醒. */
    public enum Kind { SCHEDULED, CHANGED, CANCELLED, REMINDER }

    public enum Channel { EMAIL, SMS, PORTAL }

    public enum Status { PENDING, SENT, FAILED }
}
