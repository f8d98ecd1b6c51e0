package cn.gov.egov.conference.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.egov.conference.notification.Notification.Channel;
import cn.gov.egov.conference.notification.mail.MailDelivery;
import cn.gov.egov.conference.notification.sms.SmsDeliveryException;
import cn.gov.egov.conference.notification.sms.SmsGateway;

/**
 * Delivers due e-mail and SMS notices from the outbox. Each run claims a batch with {@code for update skip locked}
 * and a lease (several instances never take the same notice), sends outside any transaction, and records each
 * outcome: SENT, or a failed attempt retried with exponential back-off until FAILED. Delivery is at least once: an
 * instance that dies after sending but before recording sends again when the lease has run out.
 */
@Component
public class NotificationSender {

    static final String NO_MAIL_SERVER = "no mail server configured (spring.mail.host); waiting / 未配置邮件服务器，等待发送";
    static final String NO_SMS_GATEWAY = "SMS gateway disabled; waiting / 短信网关未启用，等待发送";
    static final String EXPIRED = "expired before delivery: the conference is over / 会议已结束，未发送";

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final OutboxRepository outbox;
    private final MailDelivery mail;
    private final SmsGateway sms;
    private final NotificationProperties properties;
    private final RetryPolicy retry;
    private final Clock clock;

    public NotificationSender(OutboxRepository outbox, MailDelivery mail, ObjectProvider<SmsGateway> sms,
                              NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.sms = sms.getIfAvailable();
        this.properties = properties;
        this.retry = properties.retryPolicy();
        this.clock = clock;
    }

    /** One run: expire, claim, send, record. Returns how many notices were sent. */
    @Scheduled(fixedDelayString = "${conference.notifications.sender-delay:PT10S}",
            initialDelayString = "${conference.notifications.sender-delay:PT10S}")
    public int sendDue() {
        Instant now = clock.instant();
        int expired = outbox.expire(now, EXPIRED);
        if (expired > 0) {
            log.warn("{} notifications expired undelivered", expired);
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (mail.available()) {
            channels.add(Channel.EMAIL);
        } else {
            outbox.noteWaiting(Channel.EMAIL, NO_MAIL_SERVER);
        }
        if (sms != null) {
            channels.add(Channel.SMS);
        } else {
            outbox.noteWaiting(Channel.SMS, NO_SMS_GATEWAY);
        }
        Instant leaseUntil = now.plus(properties.claimLease());
        List<Notification> batch = outbox.claim(channels, now, properties.batchSize(), leaseUntil);
        Instant stopBy = now.plus(properties.claimLease().dividedBy(2));
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (clock.instant().isAfter(stopBy)) {
                // the lease is running out: hand the rest back rather than risk another instance sending them too
                List<UUID> rest = new ArrayList<>();
                batch.subList(i, batch.size()).forEach(n -> rest.add(n.id()));
                outbox.release(rest, clock.instant());
                break;
            }
            if (deliver(batch.get(i))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Notification n) {
        try {
            switch (n.channel()) {
                case EMAIL -> mail.send(n);
                case SMS -> sendSms(n);
                case PORTAL -> {
                    // read through the API; written as SENT, nothing to deliver
                }
            }
        } catch (DeliveryException e) {
            failed(n, e.getMessage(), e.permanent());
            return false;
        } catch (RuntimeException e) {
            failed(n, e.toString(), false);
            return false;
        }
        outbox.markSent(n.id(), clock.instant());
        return true;
    }

    private void failed(Notification n, String error, boolean permanent) {
        int attempts = n.attempts() + 1;
        boolean giveUp = permanent || retry.exhausted(attempts);
        Instant now = clock.instant();
        outbox.markFailed(n.id(), attempts, giveUp, giveUp ? now : retry.nextAttempt(now, attempts), error);
        log.warn("Notification {} ({} to {}) attempt {} failed{}: {}", n.id(), n.channel(), n.recipient(), attempts,
                giveUp ? ", giving up" : "", error);
    }

    private void sendSms(Notification n) {
        if (sms == null) {
            throw new SmsDeliveryException("SMS gateway disabled", false, null);
        }
        sms.send(n.recipient(), n.body());
    }
}
