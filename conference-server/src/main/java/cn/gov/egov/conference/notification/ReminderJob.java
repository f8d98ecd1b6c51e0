package cn.gov.egov.conference.notification;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the reminders (会前提醒) of occurrences starting within the lead time. Each occurrence is claimed in
 * {@code occurrence_reminder} in the same transaction as its notices, so it is reminded once however many
 * instances run this; an occurrence whose conference is rescheduled is replaced, and the new one is reminded.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final int BATCH = 200;

    private final NotificationRepository notifications;
    private final ConferenceAudience audience;
    private final NoticeFactory factory;
    private final OutboxRepository outbox;
    private final NotificationProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ReminderJob(NotificationRepository notifications, ConferenceAudience audience, NoticeFactory factory,
                       OutboxRepository outbox, NotificationProperties properties, TransactionTemplate tx,
                       Clock clock) {
        this.notifications = notifications;
        this.audience = audience;
        this.factory = factory;
        this.outbox = outbox;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** One run; returns how many occurrences were reminded. */
    @Scheduled(fixedDelayString = "${conference.notifications.reminder-tick:PT1M}",
            initialDelayString = "${conference.notifications.reminder-tick:PT1M}")
    public int remind() {
        Instant now = clock.instant();
        int reminded = 0;
        for (NotificationRepository.DueOccurrence o
                : notifications.dueForReminder(now, now.plus(properties.reminderLead()), BATCH)) {
            try {
                Boolean done = tx.execute(status -> remind(o, now));
                if (Boolean.TRUE.equals(done)) {
                    reminded++;
                }
            } catch (RuntimeException e) {
                // e.g. the occurrence was replaced by a concurrent change: its successor is reminded on a later run
                log.warn("Could not remind occurrence {} of conference {}: {}", o.occurrenceId(), o.conferenceId(),
                        e.toString());
            }
        }
        if (reminded > 0) {
            log.info("Reminders written for {} occurrences", reminded);
        }
        return reminded;
    }

    private boolean remind(NotificationRepository.DueOccurrence o, Instant now) {
        if (!notifications.claimReminder(o.occurrenceId(), now)) {
            return false;
        }
        audience.snapshot(o.conferenceId()).ifPresent(s -> outbox.insert(factory.notices(Occasion.REMINDER,
                s.facts(), s.recipients(), o.occurrenceId(), o.start(), o.end(), now)));
        return true;
    }
}
