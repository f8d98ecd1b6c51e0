package cn.gov.egov.portal.learning.ledger;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A learner's state in every lesson of one course (tables {@code course}, {@code lesson}, {@code lesson_progress},
 * {@code document_progress}).
 */
@Repository
public class CourseLessonStates {

    /**
     * One lesson: its kind, exam, length and whether the learner's progress completed it (verified video progress
     * for a VIDEO lesson, every page displayed for a DOCUMENT lesson).
     */
    public record LessonState(UUID lessonId, String kind, UUID examId, int durationSeconds, boolean progressCompleted,
                              String courseTitle, String courseKind) {
    }

    private final JdbcClient jdbc;

    public CourseLessonStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LessonState> of(UUID learnerId, UUID courseId) {
        return jdbc.sql("""
                select l.id, l.kind, l.exam_id, coalesce(l.duration_seconds, 0) as duration_seconds,
                       coalesce(p.completed_at, d.completed_at) is not null as completed, c.title,
                       c.kind as course_kind
                from lesson l
                join course c on c.id = l.course_id
                left join lesson_progress p on p.lesson_id = l.id and p.learner_id = :learner
                left join document_progress d on d.lesson_id = l.id and d.learner_id = :learner
                where l.course_id = :course
                order by l.position
                """).param("learner", learnerId).param("course", courseId)
                .query((rs, row) -> new LessonState(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getObject("exam_id", UUID.class), rs.getInt("duration_seconds"),
                        rs.getBoolean("completed"), rs.getString("title"), rs.getString("course_kind")))
                .list();
    }
}
