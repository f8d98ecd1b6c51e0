package cn.gov.egov.portal.learning.playback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.egov.portal.learning.progress.LessonProgress;

/**
 * Table {@code lesson_progress}. Saves are monotonic: the furthest point and the credit only grow (the greater of
 * stored and new wins, so heartbeats stored out of order lose nothing), completion is set once.
 */
@Repository
public class LessonProgressRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;

    public LessonProgressRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named,
                                    PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.named = named;
        this.transactions = new TransactionTemplate(transactions);
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

    private static final String UPSERT = """
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
            """;

    public void save(LessonProgress p, Instant at) {
        jdbc.sql(UPSERT).paramSource(parameters(p, at)).update();
    }

    /** Many saves as one JDBC batch in one transaction (one commit): {@link ProgressWriter}'s group commit. */
    public void saveAll(List<ProgressWriter.Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = batch.stream().map(b -> parameters(b.progress(), b.at()))
                .toArray(SqlParameterSource[]::new);
        transactions.executeWithoutResult(status -> named.batchUpdate(UPSERT, rows));
    }

    private static SqlParameterSource parameters(LessonProgress p, Instant at) {
        return new MapSqlParameterSource().addValue("learner", p.learnerId()).addValue("lesson", p.lessonId())
                .addValue("duration", p.durationMillis()).addValue("last", p.lastPositionMillis())
                .addValue("furthest", p.furthestPositionMillis()).addValue("credited", p.creditedMillis())
                .addValue("at", Timestamp.from(at));
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
