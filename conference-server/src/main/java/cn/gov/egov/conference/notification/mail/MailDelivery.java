package cn.gov.egov.conference.notification.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import jakarta.activation.DataHandler;

import cn.gov.egov.conference.notification.Notification;
import cn.gov.egov.conference.notification.NotificationProperties;

/**
 * Sends e-mail notices through Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}). A notice with
 * an invitation is the shape calendar programs recognise: {@code multipart/mixed} of a {@code multipart/alternative}
 * (the text, then {@code text/calendar; method=...}) and the same calendar as the attachment {@code invite.ics}.
 */
@Component
public class MailDelivery {

    private final JavaMailSender mail;
    private final NotificationProperties.Mail settings;
    private final Clock clock;

    public MailDelivery(ObjectProvider<JavaMailSender> mail, NotificationProperties properties, Clock clock) {
        this.mail = mail.getIfAvailable();
        this.settings = properties.mail();
        this.clock = clock;
    }

    /** False when no mail server is configured ({@code spring.mail.host} unset): e-mail notices wait. */
    public boolean available() {
        return mail != null;
    }

    public void send(Notification n) {
        if (mail == null) {
            throw new MailDeliveryException("no mail server configured", false, null);
        }
        MimeMessage message;
        try {
            message = compose(mail.createMimeMessage(), n);
        } catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException e) {
            throw new MailDeliveryException("cannot compose the message: " + e.getMessage(), true, e);
        }
        try {
            mail.send(message);
        } catch (MailParseException | MailPreparationException e) {
            throw new MailDeliveryException("cannot compose the message: " + e.getMessage(), true, e);
        } catch (MailSendException e) {
            throw new MailDeliveryException(describe(e), refusedAddress(e), e);
        } catch (MailException e) {
            throw new MailDeliveryException(describe(e), false, e);
        }
    }

    private MimeMessage compose(MimeMessage m, Notification n) throws MessagingException,
            UnsupportedEncodingException {
        m.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
        InternetAddress to = new InternetAddress(n.recipient(), true);
        if (n.recipientLabel() != null) {
            to.setPersonal(n.recipientLabel(), "UTF-8");
        }
        m.setRecipient(Message.RecipientType.TO, to);
        m.setSubject(n.subject(), "UTF-8");
        m.setSentDate(Date.from(clock.instant()));
        if (n.ics() == null) {
            m.setText(n.body(), "UTF-8");
        } else {
            String method = n.ics().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            MimeBodyPart text = new MimeBodyPart();
            text.setText(n.body(), "UTF-8");
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(n.ics().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; method=" + method + "; charset=UTF-8")));
            MimeMultipart alternative = new MimeMultipart("alternative", text, calendar);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    n.ics().getBytes(StandardCharsets.UTF_8), "application/ics; name=invite.ics")));
            attachment.setFileName("invite.ics");
            attachment.setDisposition(Part.ATTACHMENT);
            m.setContent(new MimeMultipart("mixed", body, attachment));
        }
        m.saveChanges();
        return m;
    }

    /** True when the server refused the recipient address itself: retrying would not help. */
    private static boolean refusedAddress(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof AddressException) {
                    return true;
                }
                if (t instanceof SendFailedException s && s.getInvalidAddresses() != null
                        && s.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    }
}
