package cn.gov.egov.portal.learning.playback;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The courses a learner has started and not yet been credited for, most recently studied first (tables
 * {@code course}, {@code lesson}, {@code lesson_progress}, {@code hour_ledger_entry}).
 */
@Repository
public class CoursesInProgress {

    /**
     * @param percent credited video time ÷ video length of the course, whole percent rounded down
     * @param nextLessonId the first video lesson not yet complete, or null
     */
    public record CourseInProgress(UUID courseId, String title, String kind, int percent, UUID nextLessonId) {
    }

    private final JdbcClient jdbc;

    public CoursesInProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CourseInProgress> of(UUID learnerId, int limit) {
        return jdbc.sql("""
                select c.id, c.title, c.kind,
                       coalesce(sum(l.duration_seconds) filter (where l.kind = 'VIDEO'), 0) * 1000 as total_ms,
                       coalesce(sum(p.credited_ms), 0) as credited_ms,
                       (array_agg(l.id order by l.position) filter (where l.kind = 'VIDEO'
                            and p.completed_at is null))[1] as next_lesson
                from course c
                join lesson l on l.course_id = c.id
                left join lesson_progress p on p.lesson_id = l.id and p.learner_id = :learner
                where c.id in (select l2.course_id from lesson_progress p2 join lesson l2 on l2.id = p2.lesson_id
                               where p2.learner_id = :learner)
                  and not exists (select 1 from hour_ledger_entry e where e.learner_id = :learner
                                  and e.source_kind = 'COURSE' and e.source_id = c.id::text)
                group by c.id, c.title, c.kind
                order by max(p.updated_at) desc nulls last
                limit :limit
                """).param("learner", learnerId).param("limit", limit)
                .query((rs, row) -> {
                    long total = rs.getLong("total_ms");
                    long credited = rs.getLong("credited_ms");
                    int percent = total <= 0 ? 0 : (int) Math.min(100, credited * 100 / total);
                    return new CourseInProgress(rs.getObject("id", UUID.class), rs.getString("title"),
                            rs.getString("kind"), percent, rs.getObject("next_lesson", UUID.class));
                }).list();
    }
}
