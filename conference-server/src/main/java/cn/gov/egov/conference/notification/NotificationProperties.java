package cn.gov.egov.conference.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of conference notifications ({@code conference.notifications.*}). The mail server itself is Spring's
 * {@code spring.mail.host/port/username/password}.
 *
 * @param senderDelay  pause between two runs of the sender
 * @param batchSize    the most notices one run claims
 * @param maxAttempts  after this many failed attempts a notice is FAILED
 * @param retryInitial the wait after the first failure; doubled after each further one
 * @param retryMax     the longest wait between two attempts
 * @param claimLease   how long a claimed notice is reserved for the instance sending it
 * @param reminderLead how long before an occurrence starts its reminder is written
 * @param reminderTick pause between two runs of the reminder job
 */
@ConfigurationProperties("conference.notifications")
public record NotificationProperties(
        @DefaultValue("PT10S") Duration senderDelay,
        @DefaultValue("50") int batchSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT1M") Duration retryInitial,
        @DefaultValue("PT1H") Duration retryMax,
        @DefaultValue("PT5M") Duration claimLease,
        @DefaultValue("PT30M") Duration reminderLead,
        @DefaultValue("PT1M") Duration reminderTick,
        @DefaultValue Mail mail,
        @DefaultValue Sms sms) {

    public NotificationProperties {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("conference.notifications.batch-size must be between 1 and 1000");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("conference.notifications.max-attempts must be at least 1");
        }
        if (retryInitial.isNegative() || retryMax.compareTo(retryInitial) < 0) {
            throw new IllegalArgumentException(
                    "conference.notifications.retry-initial must be >= 0 and at most retry-max");
        }
        if (claimLease.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalArgumentException("conference.notifications.claim-lease must be at least PT30S");
        }
        if (reminderLead.isNegative() || reminderLead.isZero()) {
            throw new IllegalArgumentException("conference.notifications.reminder-lead must be positive");
        }
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(retryInitial, retryMax, maxAttempts);
    }

    /**
     * @param from     the sender address of notification mail
     * @param fromName the sender's display name
     */
    public record Mail(@DefaultValue("noreply@egov.local") String from,
                       @DefaultValue("政务视频会议系统") String fromName) {
    }

    /**
     * The SMS gateway, an HTTP endpoint taking {@code POST {"to": ..., "text": ...}} with a bearer token. Off unless
     * {@code enabled}; room contacts' and users' mobile numbers get SMS only while it is on.
     */
    public record Sms(@DefaultValue("false") boolean enabled, URI url, String token,
                      @DefaultValue("PT10S") Duration timeout) {
    }
}
