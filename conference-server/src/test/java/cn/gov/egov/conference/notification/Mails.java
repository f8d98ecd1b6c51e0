package cn.gov.egov.conference.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** Reading what arrived at the test's SMTP server. */
final class Mails {

    private Mails() {
    }

    /** Messages received for {@code address}, oldest first. */
    static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every leaf part of the message. */
    static List<Part> leaves(Part p) {
        try {
            List<Part> out = new ArrayList<>();
            if (p.isMimeType("multipart/*")) {
                Multipart mp = (Multipart) p.getContent();
                for (int i = 0; i < mp.getCount(); i++) {
                    out.addAll(leaves(mp.getBodyPart(i)));
                }
            } else {
                out.add(p);
            }
            return out;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Part p) {
        try (InputStream in = p.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String contentType(Part p) {
        try {
            return p.getContentType();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fileName(Part p) {
        try {
            return p.getFileName();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body. */
    static String body(MimeMessage m) {
        return leaves(m).stream().filter(p -> contentType(p).toLowerCase().startsWith("text/plain"))
                .map(Mails::text).findFirst().orElseThrow();
    }

    /** The inline {@code text/calendar} part. */
    static Part calendarPart(MimeMessage m) {
        return leaves(m).stream().filter(p -> contentType(p).toLowerCase().startsWith("text/calendar"))
                .findFirst().orElseThrow(() -> new AssertionError("no text/calendar part"));
    }

    /** The {@code invite.ics} attachment. */
    static Part attachment(MimeMessage m) {
        return leaves(m).stream().filter(p -> "invite.ics".equals(fileName(p))).findFirst()
                .orElseThrow(() -> new AssertionError("no invite.ics attachment"));
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not a parseable iCalendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    static VEvent event(Calendar c) {
        List<VEvent> events = c.getComponents("VEVENT");
        if (events.size() != 1) {
            throw new AssertionError("expected one VEVENT, found " + events.size());
        }
        return events.getFirst();
    }

    static String property(VEvent e, String name) {
        return e.getProperty(name).map(p -> p.getValue()).orElse(null);
    }
}
