package cn.gov.egov.portal.learning.playback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.learning.progress.LessonProgress;

/**
 * Table {@code lesson_progress}. Saves are monotonic: the furthest point and the credit only grow (the greater of
 * stored and new wins, so heartbeats stored out of order lose nothing), completion is set once.
 */
@Repository
public class LessonProgressRepository {

    private final JdbcClient jdbc;

    public LessonProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LessonProgress> find(UUID learnerId, UUID lessonId) {
        return jdbc.sql("""
                select duration_ms, last_position_ms, furthest_ms, credited_ms from lesson_progress
                where learner_id = :learner and lesson_id = :lesson
                """).param("learner", learnerId).param("lesson", lessonId)
                .query((rs, row) -> new LessonProgress(learnerId, lessonId, rs.getLong("duration_ms"),
                        rs.getLong("last_position_ms"), rs.getLong("furthest_ms"), rs.getLong("credited_ms")))
                .optional();
    }

    public void save(LessonProgress p, Instant at) {
        jdbc.sql("""
                insert into lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                    credited_ms, updated_at)
                values (:learner, :lesson, :duration, :last, :furthest, :credited, :at)
                on conflict (learner_id, lesson_id) do update set
                    last_position_ms = least(excluded.last_position_ms, lesson_progress.duration_ms),
                    furthest_ms = least(greatest(lesson_progress.furthest_ms, excluded.furthest_ms),
                                        lesson_progress.duration_ms),
                    credited_ms = least(greatest(lesson_progress.credited_ms, excluded.credited_ms),
                                        greatest(lesson_progress.furthest_ms, excluded.furthest_ms),
                                        lesson_progress.duration_ms),
                    updated_at = excluded.updated_at
                """).param("learner", p.learnerId()).param("lesson", p.lessonId())
                .param("duration", p.durationMillis()).param("last", p.lastPositionMillis())
                .param("furthest", p.furthestPositionMillis()).param("credited", p.creditedMillis())
                .param("at", Timestamp.from(at)).update();
    }

    /** Marks the lesson complete; true only for the call that did it (so follow-up work runs once). */
    public boolean markCompleted(UUID learnerId, UUID lessonId, Instant at) {
        return jdbc.sql("""
                update lesson_progress set completed_at = :at
                where learner_id = :learner and lesson_id = :lesson and completed_at is null
                """).param("learner", learnerId).param("lesson", lessonId).param("at", Timestamp.from(at))
                .update() == 1;
    }

    public boolean isCompleted(UUID learnerId, UUID lessonId) {
        return jdbc.sql("""
                select count(*) from lesson_progress
                where learner_id = :learner and lesson_id = :lesson and completed_at is not null
                """).param("learner", learnerId).param("lesson", lessonId).query(Long.class).single() > 0;
    }
}
