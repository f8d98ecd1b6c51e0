package cn.gov.egov.portal.learning.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails learners about required courses due in exactly {@code days-before} days or overdue (once per deadline).
 * Insert first, send after: each reminder is claimed in {@code reminder_sent} before its mail goes out, so several
 * portal instances and restarts mail it at most once. A failed send leaves the claim unsent; a later run claims it
 * again after {@code retry-after}, up to {@code max-attempts}, while the course is still open and due.
 */
@Component
public class DeadlineReminderJob {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(DeadlineReminderJob.class);

    /** What one run did; {@code ran} false when switched off, before the send hour or without a mail server. */
    public record Report(boolean ran, int mails, int reminders, int failed, int skippedNoAddress) {
        static final Report IDLE = new Report(false, 0, 0, 0, 0);
    }

    private final ReminderRepository reminders;
    private final ReminderMail mail;
    private final ReminderProperties settings;
    private final Clock clock;

    public DeadlineReminderJob(ReminderRepository reminders, ReminderMail mail, ReminderProperties settings,
                               Clock clock) {
        this.reminders = reminders;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.learning.reminders.cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    public void scheduled() {
        try {
            Report r = run();
            if (r.ran() && (r.mails() > 0 || r.failed() > 0 || r.skippedNoAddress() > 0)) {
                log.info("Deadline reminders: {} mail(s) for {} course(s), {} failed, {} learner(s) without e-mail",
                        r.mails(), r.reminders(), r.failed(), r.skippedNoAddress());
            }
        } catch (RuntimeException e) {
            log.warn("Deadline reminder run failed; the next one retries: {}", e.toString());
        }
    }

    public Report run() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(CHINA));
        if (!settings.enabled() || !mail.available() || now.getHour() < settings.sendHour()) {
            return Report.IDLE;
        }
        LocalDate today = now.toLocalDate();
        List<DueReminder> claimed = new ArrayList<>(reminders.reclaimUnsent(today, clock.instant(),
                clock.instant().minus(settings.retryAfter()), settings.maxAttempts()));
        Set<UUID> noAddress = new HashSet<>();
        for (DueReminder r : reminders.due(today, settings.daysBefore())) {
            if (!r.hasAddress()) {
                noAddress.add(r.learnerId()); // not claimed: mailed if the learner gets an address while it is due
            } else if (reminders.claim(r, clock.instant())) {
                claimed.add(r);
            }
        }
        Map<UUID, List<DueReminder>> byLearner = new LinkedHashMap<>();
        for (DueReminder r : claimed) {
            if (r.hasAddress()) {
                byLearner.computeIfAbsent(r.learnerId(), k -> new ArrayList<>()).add(r);
            }
        }
        int mails = 0;
        int sent = 0;
        int failed = 0;
        for (List<DueReminder> courses : byLearner.values()) {
            try {
                mail.send(courses);
                courses.forEach(r -> reminders.markSent(r, clock.instant()));
                mails++;
                sent += courses.size();
            } catch (MailException e) {
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
                courses.forEach(r -> reminders.markFailed(r, error));
                failed += courses.size();
                log.warn("Reminder mail to learner {} failed, retried after {}: {}", courses.getFirst().learnerId(),
                        settings.retryAfter(), error);
            }
        }
        return new Report(true, mails, sent, failed, noAddress.size());
    }
}
