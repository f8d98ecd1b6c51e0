package cn.gov.egov.portal.learning.reminders;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Composes and sends one learner's reminder e-mail: plain text in Chinese (UTF-8), one line per course with its
 * deadline, the days left or overdue, and the course's link in the portal. Through Spring's {@link JavaMailSender}
 * ({@code spring.mail.*}), as conference-server's MailDelivery does.
 */
@Component
public class ReminderMail {

    private final JavaMailSender mail;
    private final ReminderProperties settings;
    private final Clock clock;

    public ReminderMail(ObjectProvider<JavaMailSender> mail, ReminderProperties settings, Clock clock) {
        this.mail = mail.getIfAvailable();
        this.settings = settings;
        this.clock = clock;
    }

    /** False when no mail server is configured ({@code spring.mail.host} unset): nothing is claimed or sent. */
    public boolean available() {
        return mail != null;
    }

    /** Sends the reminder of {@code courses} (all of one learner); a failure is a {@link MailException}. */
    public void send(List<DueReminder> courses) {
        DueReminder first = courses.getFirst();
        MimeMessage m = mail.createMimeMessage();
        try {
            m.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
            InternetAddress to = new InternetAddress(first.email(), true);
            to.setPersonal(first.displayName(), "UTF-8");
            m.setRecipient(Message.RecipientType.TO, to);
            m.setSubject(subject(courses), "UTF-8");
            m.setSentDate(Date.from(clock.instant()));
            m.setText(body(courses), "UTF-8");
            m.saveChanges();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new org.springframework.mail.MailPreparationException("cannot compose the reminder", e);
        }
        mail.send(m);
    }

    static String subject(List<DueReminder> courses) {
        boolean overdue = courses.stream().anyMatch(DueReminder::overdue);
        return overdue ? "【学习提醒】您有必修课程已逾期，请尽快完成"
                : "【学习提醒】您有 " + courses.size() + " 门必修课程即将到期";
    }

    String body(List<DueReminder> courses) {
        StringBuilder b = new StringBuilder();
        b.append(courses.getFirst().displayName()).append("，您好：\n\n");
        b.append("以下必修课程需要在截止日期前完成：\n\n");
        for (DueReminder c : courses) {
            b.append("· ").append(c.title()).append(" — 截止日期 ").append(c.deadline()).append("（")
                    .append(when(c.daysLeft())).append("）\n  ")
                    .append(settings.portalUrl()).append("/courses/").append(c.courseId()).append("\n");
        }
        b.append("\n请登录公务员学习平台完成学习：").append(settings.portalUrl()).append("/\n\n");
        b.append("此邮件由系统自动发送，请勿回复。\n");
        return b.toString();
    }

    static String when(long daysLeft) {
        if (daysLeft < 0) {
            return "已逾期 " + (-daysLeft) + " 天";
        }
        return daysLeft == 0 ? "今天截止" : "还剩 " + daysLeft + " 天";
    }
}
