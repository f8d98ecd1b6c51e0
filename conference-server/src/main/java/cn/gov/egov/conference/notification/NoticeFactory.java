package cn.gov.egov.conference.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.gov.egov.conference.notification.Notification.Channel;
import cn.gov.egov.conference.notification.Notification.Status;
import cn.gov.egov.conference.notification.ics.InviteCalendar;
import cn.gov.egov.conference.notification.text.NoticeTexts;

/** Turns one occasion and its recipients into outbox rows: texts, invitations, expiry. */
@Component
public class NoticeFactory {

    private static final Logger log = LoggerFactory.getLogger(NoticeFactory.class);

    private final NotificationProperties.Mail mail;

    public NoticeFactory(NotificationProperties properties) {
        this.mail = properties.mail();
    }

    /**
     * @param occurrenceId the reminded occurrence; null for notices about the whole conference
     * @param start        the start of the occurrence the notice names (the first, or the reminded one)
     * @param end          its end
     */
    public List<Notification> notices(Occasion occasion, ConferenceFacts f, Collection<Recipient> recipients,
                                      UUID occurrenceId, Instant start, Instant end, Instant now) {
        Instant expires = occasion == Occasion.REMINDER ? start : f.lastEnd();
        List<Notification> out = new ArrayList<>(recipients.size());
        for (Recipient r : recipients) {
            NoticeTexts.Text text = NoticeTexts.compose(occasion, f, r.label(), start, end);
            boolean portal = r.channel() == Channel.PORTAL;
            String body = r.channel() == Channel.SMS ? text.sms() : text.body();
            String ics = r.channel() == Channel.EMAIL && occasion != Occasion.REMINDER
                    ? invitation(occasion, f, r, now, text.body()) : null;
            out.add(new Notification(UUID.randomUUID(), f.id(), occurrenceId, occasion.kind(), r.channel(),
                    r.address(), r.label(), text.subject(), body, ics, portal ? Status.SENT : Status.PENDING, 0,
                    now, null, now, portal ? now : null, null, expires));
        }
        return out;
    }

    private String invitation(Occasion occasion, ConferenceFacts f, Recipient r, Instant now, String description) {
        try {
            return InviteCalendar.build(f, occasion.withdraws(),
                    new InviteCalendar.Party(mail.from(), mail.fromName()),
                    new InviteCalendar.Party(r.address(), r.label()), now, description);
        } catch (RuntimeException e) {
            // never let an odd address or rule stop the scheduling transaction: the mail goes without invitation
            log.warn("No invitation for {} of conference {}: {}", r.address(), f.id(), e.toString());
            return null;
        }
    }
}
