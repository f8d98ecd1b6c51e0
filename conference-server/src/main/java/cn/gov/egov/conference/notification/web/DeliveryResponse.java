package cn.gov.egov.conference.notification.web;

import java.time.Instant;
import java.util.UUID;

import cn.gov.egov.conference.notification.Notification;

/** One notice of a conference as its organiser sees it: to whom, over what, and how delivery went. */
record DeliveryResponse(UUID id, UUID occurrenceId, Notification.Kind kind, Notification.Channel channel,
                        String recipient, String recipientLabel, String subject, Notification.Status status,
                        int attempts, String lastError, Instant nextAttemptAt, Instant createdAt, Instant sentAt,
                        Instant readAt) {

    static DeliveryResponse of(Notification n) {
        return new DeliveryResponse(n.id(), n.occurrenceId(), n.kind(), n.channel(), n.recipient(),
                n.recipientLabel(), n.subject(), n.status(), n.attempts(), n.lastError(),
                n.status() == Notification.Status.PENDING ? n.nextAttemptAt() : null, n.createdAt(), n.sentAt(),
                n.readAt());
    }
}
