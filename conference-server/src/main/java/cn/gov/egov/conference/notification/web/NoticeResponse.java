package cn.gov.egov.conference.notification.web;

import java.time.Instant;
import java.util.UUID;

import cn.gov.egov.conference.notification.Notification;

/** A portal notice (站内通知) as its recipient reads it. */
record NoticeResponse(UUID id, UUID conferenceId, UUID occurrenceId, Notification.Kind kind, String subject,
                      String body, Instant createdAt, Instant readAt) {

    static NoticeResponse of(Notification n) {
        return new NoticeResponse(n.id(), n.conferenceId(), n.occurrenceId(), n.kind(), n.subject(), n.body(),
                n.createdAt(), n.readAt());
    }
}
