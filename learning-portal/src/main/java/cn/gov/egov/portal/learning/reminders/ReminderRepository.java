package cn.gov.egov.portal.learning.reminders;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What is due (from the view {@code required_course_status}, V26) and what was claimed and sent (table
 * {@code reminder_sent}, V27). A claim is an insert on the table's key: of several instances only one lands.
 */
@Repository
public class ReminderRepository {

    private static final String KIND = "case when s.deadline < cast(:today as date) then 'OVERDUE'"
            + " else 'BEFORE_' || (s.deadline - cast(:today as date)) end";

    private final JdbcClient jdbc;

    public ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open required courses due in exactly one of {@code daysBefore} days or overdue, not yet claimed. */
    public List<DueReminder> due(LocalDate today, List<Integer> daysBefore) {
        return jdbc.sql("""
                select s.learner_id, u.display_name, u.email, s.course_id, c.title, s.deadline,
                       s.deadline - cast(:today as date) as days_left, %s as kind
                from required_course_status s
                join course c on c.id = s.course_id
                join app_user u on u.id = s.learner_id
                where s.completed_on is null
                  and (s.deadline - cast(:today as date) in (:days) or s.deadline < cast(:today as date))
                  and not exists (select 1 from reminder_sent r
                                  where r.learner_id = s.learner_id and r.course_id = s.course_id
                                    and r.deadline = s.deadline and r.kind = %s)
                order by s.learner_id, s.deadline, c.title
                """.formatted(KIND, KIND)).param("today", Date.valueOf(today)).param("days", daysBefore)
                .query(ReminderRepository::row).list();
    }

    /** Inserts the claim; true when this call made it (false: another run or instance has it already). */
    public boolean claim(DueReminder r, Instant now) {
        return jdbc.sql("""
                insert into reminder_sent (learner_id, course_id, kind, deadline, claimed_at)
                values (:learner, :course, :kind, :deadline, :now) on conflict do nothing
                """).param("learner", r.learnerId()).param("course", r.courseId()).param("kind", r.kind())
                .param("deadline", Date.valueOf(r.deadline())).param("now", Timestamp.from(now)).update() == 1;
    }

    /**
     * Claims again the reminders claimed before {@code staleBefore} and never sent, fewer than {@code maxAttempts}
     * times, whose course is still open with the same deadline. One atomic update: concurrent runs split them.
     */
    public List<DueReminder> reclaimUnsent(LocalDate today, Instant now, Instant staleBefore, int maxAttempts) {
        return jdbc.sql("""
                with claimed as (
                    update reminder_sent r set claimed_at = :now, attempts = r.attempts + 1
                    where r.sent_at is null and r.attempts < :max and r.claimed_at <= :stale
                      and exists (select 1 from required_course_status s
                                  where s.learner_id = r.learner_id and s.course_id = r.course_id
                                    and s.deadline = r.deadline and s.completed_on is null)
                    returning r.learner_id, r.course_id, r.kind, r.deadline)
                select k.learner_id, u.display_name, u.email, k.course_id, c.title, k.deadline,
                       k.deadline - cast(:today as date) as days_left, k.kind
                from claimed k join course c on c.id = k.course_id join app_user u on u.id = k.learner_id
                order by k.learner_id, k.deadline, c.title
                """).param("now", Timestamp.from(now)).param("max", maxAttempts)
                .param("stale", Timestamp.from(staleBefore)).param("today", Date.valueOf(today))
                .query(ReminderRepository::row).list();
    }

    public void markSent(DueReminder r, Instant now) {
        jdbc.sql("""
                update reminder_sent set sent_at = :now, last_error = null
                where learner_id = :learner and course_id = :course and kind = :kind and deadline = :deadline
                """).param("now", Timestamp.from(now)).params(key(r)).update();
    }

    public void markFailed(DueReminder r, String error) {
        jdbc.sql("""
                update reminder_sent set last_error = :error
                where learner_id = :learner and course_id = :course and kind = :kind and deadline = :deadline
                """).param("error", error.length() > 500 ? error.substring(0, 500) : error).params(key(r)).update();
    }

    private static java.util.Map<String, Object> key(DueReminder r) {
        return java.util.Map.of("learner", r.learnerId(), "course", r.courseId(), "kind", r.kind(),
                "deadline", Date.valueOf(r.deadline()));
    }

    private static DueReminder row(ResultSet rs, int i) throws SQLException {
        return new DueReminder(rs.getObject("learner_id", UUID.class), rs.getString("display_name"),
                rs.getString("email"), rs.getObject("course_id", UUID.class), rs.getString("title"),
                rs.getDate("deadline").toLocalDate(), rs.getLong("days_left"), rs.getString("kind"));
    }
}
