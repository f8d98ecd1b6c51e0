package cn.gov.egov.portal.learning.reminders;

import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import cn.gov.egov.portal.learning.playback.LearningFixtures;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Learners of a unit of their own (so only this test's assignments bind them; a real unit, so every other page that
 * lists people still reads them), required courses assigned to that unit with a deadline, and completions — written
 * straight to the real tables.
 */
final class ReminderFixtures {

    final UUID unit = UUID.randomUUID();
    private final JdbcClient jdbc;
    private final LearningFixtures courses;

    ReminderFixtures(JdbcClient jdbc, UserRepository users) {
        this.jdbc = jdbc;
        this.courses = new LearningFixtures(jdbc, users);
        String name = "提醒测试" + unit.toString().substring(0, 8);
        jdbc.sql("""
                insert into department (id, region_code, parent_id, name, path, depth, active, created_at, updated_at)
                values (:id, '530102', null, :name, :name, 1, true, now(), now())
                """).param("id", unit).param("name", name).update();
    }

    PortalUser learner(String email, boolean enabled) {
        UUID id = UUID.randomUUID();
        PortalUser u = new PortalUser(id, "r-" + id.toString().substring(0, 12), "学员" + id.toString().substring(0, 4),
                email, "{noop}unused", Role.LEARNER, "530102", enabled);
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, password_hash, role, region_code, enabled,
                    department_id)
                values (:id, :username, :name, :email, :hash, 'LEARNER', :region, :enabled, :unit)
                """).param("id", id).param("username", u.username()).param("name", u.displayName())
                .param("email", email).param("hash", u.passwordHash()).param("region", u.regionCode())
                .param("enabled", enabled).param("unit", unit).update();
        return u;
    }

    /** A published required course of the province, assigned to this unit with {@code deadline}. */
    UUID requiredCourse(String title, LocalDate deadline) {
        UUID course = courses.course(title, "530000", true, false);
        jdbc.sql("""
                insert into course_assignment (id, course_id, target_type, target_value, deadline, created_by,
                    created_at)
                values (:id, :course, 'DEPARTMENT', :unit, :deadline, 'test', :at)
                """).param("id", UUID.randomUUID()).param("course", course).param("unit", unit.toString())
                .param("deadline", Date.valueOf(deadline)).param("at", Timestamp.from(Instant.now())).update();
        return course;
    }

    /** The course's ledger line: the learner completed it on {@code day}. */
    void complete(PortalUser learner, UUID course, LocalDate day) {
        jdbc.sql("""
                insert into hour_ledger_entry (id, learner_id, year, entry_date, source_kind, source_id, source_title,
                    category, hours, rule_code, explanation, created_at)
                values (:id, :learner, :year, :day, 'COURSE', :course, '课程', 'REQUIRED', 1.00, 'COURSE_30_PLUS',
                        '测试', :at)
                """).param("id", UUID.randomUUID()).param("learner", learner.id()).param("year", day.getYear())
                .param("day", Date.valueOf(day)).param("course", course.toString())
                .param("at", Timestamp.from(Instant.now())).update();
    }

    long claims(PortalUser learner) {
        return jdbc.sql("select count(*) from reminder_sent where learner_id = :l").param("l", learner.id())
                .query(Long.class).single();
    }

    static String address() {
        return "l" + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.cn";
    }

    static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress()
                        .equalsIgnoreCase(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String body(MimeMessage m) throws IOException, MessagingException {
        return (String) m.getContent();
    }
}
