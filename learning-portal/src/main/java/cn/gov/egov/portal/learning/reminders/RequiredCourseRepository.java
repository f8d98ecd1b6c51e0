package cn.gov.egov.portal.learning.reminders;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Required courses per learner, read from the view {@code required_course_status} (V26) — the one definition of who
 * must take which required course by when and whether they have. Nothing here matches assignments again.
 */
@Repository
public class RequiredCourseRepository {

    private final JdbcClient jdbc;

    public RequiredCourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The learner's required courses not yet completed, earliest deadline first. */
    public List<RequiredCourse> open(UUID learnerId, LocalDate today) {
        return query(learnerId, today, true);
    }

    /** All the learner's required courses, completed ones included, earliest deadline first. */
    public List<RequiredCourse> all(UUID learnerId, LocalDate today) {
        return query(learnerId, today, false);
    }

    private List<RequiredCourse> query(UUID learnerId, LocalDate today, boolean openOnly) {
        return jdbc.sql("""
                select s.course_id, c.title, s.deadline, s.completed_on, s.deadline - cast(:today as date) as days_left
                from required_course_status s
                join course c on c.id = s.course_id
                where s.learner_id = :learner and (not :openOnly or s.completed_on is null)
                order by s.deadline, c.title, s.course_id
                """).param("learner", learnerId).param("today", Date.valueOf(today)).param("openOnly", openOnly)
                .query((rs, i) -> new RequiredCourse(rs.getObject("course_id", UUID.class), rs.getString("title"),
                        rs.getDate("deadline").toLocalDate(),
                        rs.getDate("completed_on") == null ? null : rs.getDate("completed_on").toLocalDate(),
                        rs.getLong("days_left")))
                .list();
    }
}
