package cn.gov.egov.portal.learning.exam.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStatus;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStore;
import cn.gov.egov.portal.learning.exam.attempt.SavedAnswer;
import cn.gov.egov.portal.learning.exam.grading.Answer;

/**
 * Attempts in PostgreSQL: {@code exam_attempt} (the frozen paper as JSON, the stored deadline, a version column for
 * conditional writes) and {@code exam_answer} (one row per saved answer). A write is acknowledged only after its
 * transaction commits, so a restart loses nothing that was acknowledged; a finished attempt's exam grade is rewritten
 * in the same transaction ({@link FinishedListener}).
 */
public class JdbcAttemptStore implements AttemptStore {

    /** Runs inside the transaction that stores a finished attempt (e.g. to rewrite the learner's exam grade). */
    @FunctionalInterface
    public interface FinishedListener {
        void finished(Attempt attempt, AttemptStore store);
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final FinishedListener onFinished;

    public JdbcAttemptStore(JdbcClient jdbc, TransactionTemplate tx, FinishedListener onFinished) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.onFinished = onFinished;
    }

    @Override
    public boolean insert(Attempt a) {
        int rows = jdbc.sql("""
                insert into exam_attempt (id, exam_id, learner_id, number, paper, started_at, deadline, status,
                                          version)
                values (:id, :exam, :learner, :number, cast(:paper as jsonb), :started, :deadline, :status, :version)
                on conflict do nothing
                """).param("id", UUID.fromString(a.id())).param("exam", UUID.fromString(a.examId()))
                .param("learner", a.learnerId()).param("number", a.number()).param("paper", ExamJson.paper(a.paper()))
                .param("started", ts(a.startedAt())).param("deadline", ts(a.deadline()))
                .param("status", a.status().name()).param("version", a.version()).update();
        return rows == 1;
    }

    @Override
    public boolean replace(Attempt next) {
        Boolean done = tx.execute(status -> {
            boolean finished = next.status().isFinished();
            int rows = jdbc.sql("""
                    update exam_attempt set status = :status, submitted_at = :submitted, score = cast(:score as jsonb),
                           points = :points, max_points = :max, percent = :percent, version = :version
                    where id = :id and version = :previous
                    """).param("status", next.status().name()).param("submitted", ts(next.submittedAt()))
                    .param("score", finished ? ExamJson.score(next.score()) : null)
                    .param("points", finished ? next.score().points() : null)
                    .param("max", finished ? next.score().maxPoints() : null)
                    .param("percent", finished ? next.score().percent() : null)
                    .param("version", next.version()).param("previous", next.version() - 1)
                    .param("id", uuid(next.id())).update();
            if (rows != 1) {
                return false;
            }
            writeAnswers(next);
            if (finished) {
                onFinished.finished(next, this);
            }
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Brings the answer rows in line with the attempt: new and changed answers written, cleared ones deleted. */
    private void writeAnswers(Attempt next) {
        UUID id = uuid(next.id());
        Map<String, Instant> stored = new HashMap<>();
        jdbc.sql("select question_id, saved_at from exam_answer where attempt_id = :id").param("id", id)
                .query((ResultSet rs) -> {
                    stored.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        for (String gone : stored.keySet()) {
            if (!next.answers().containsKey(gone)) {
                jdbc.sql("delete from exam_answer where attempt_id = :id and question_id = :q").param("id", id)
                        .param("q", gone).update();
            }
        }
        for (SavedAnswer s : next.answers().values()) {
            Instant was = stored.get(s.questionId());
            if (was != null && was.equals(micros(s.savedAt()))) {
                continue;
            }
            String kind;
            String choices = null;
            Boolean judgement = null;
            String text = null;
            switch (s.answer()) {
                case Answer.Choice c -> {
                    kind = "CHOICE";
                    choices = String.join(",", c.labels());
                }
                case Answer.TrueFalse t -> {
                    kind = "JUDGEMENT";
                    judgement = t.value();
                }
                case Answer.Text t -> {
                    kind = "TEXT";
                    text = t.value();
                }
            }
            jdbc.sql("""
                    insert into exam_answer (attempt_id, question_id, kind, choices, judgement, text, saved_at)
                    values (:id, :q, :kind, :choices, :judgement, :text, :at)
                    on conflict (attempt_id, question_id) do update set kind = excluded.kind,
                        choices = excluded.choices, judgement = excluded.judgement, text = excluded.text,
                        saved_at = excluded.saved_at
                    """).param("id", id).param("q", s.questionId()).param("kind", kind).param("choices", choices)
                    .param("judgement", judgement).param("text", text).param("at", ts(s.savedAt())).update();
        }
    }

    @Override
    public Optional<Attempt> find(String attemptId) {
        UUID id = uuidOrNull(attemptId);
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from exam_attempt where id = :id").param("id", id).query(this::row).optional()
                .map(this::load);
    }

    @Override
    public List<Attempt> findByLearner(String examId, UUID learnerId) {
        UUID exam = uuidOrNull(examId);
        if (exam == null) {
            return List.of();
        }
        return jdbc.sql("select * from exam_attempt where exam_id = :exam and learner_id = :learner order by number")
                .param("exam", exam).param("learner", learnerId).query(this::row).list().stream().map(this::load)
                .toList();
    }

    @Override
    public List<Attempt> findInProgressDueBy(Instant time) {
        return jdbc.sql("""
                select * from exam_attempt where status = 'IN_PROGRESS' and deadline <= :t order by deadline limit 500
                """).param("t", ts(time)).query(this::row).list().stream().map(this::load).toList();
    }

    /** One attempt row, read whole before its answers are queried (never two pooled connections at once). */
    private record Row(UUID id, UUID examId, UUID learnerId, int number, String paper, Instant startedAt,
                       Instant deadline, AttemptStatus status, Instant submittedAt, String score, long version) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("exam_id", UUID.class),
                rs.getObject("learner_id", UUID.class), rs.getInt("number"), rs.getString("paper"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                AttemptStatus.valueOf(rs.getString("status")), submitted == null ? null : submitted.toInstant(),
                rs.getString("score"), rs.getLong("version"));
    }

    private Attempt load(Row r) {
        return new Attempt(r.id().toString(), r.examId().toString(), r.learnerId(), r.number(),
                ExamJson.paper(r.paper()), r.startedAt(), r.deadline(), answers(r.id()), r.status(), r.submittedAt(),
                r.score() == null ? null : ExamJson.score(r.score()), r.version());
    }

    private Map<String, SavedAnswer> answers(UUID attemptId) {
        Map<String, SavedAnswer> map = new HashMap<>();
        jdbc.sql("select * from exam_answer where attempt_id = :id").param("id", attemptId).query((ResultSet rs) -> {
            String q = rs.getString("question_id");
            Answer answer = switch (rs.getString("kind")) {
                case "CHOICE" -> Answer.Choice.of(Arrays.asList(rs.getString("choices").split(",")));
                case "JUDGEMENT" -> new Answer.TrueFalse(rs.getBoolean("judgement"));
                default -> new Answer.Text(rs.getString("text"));
            };
            map.put(q, new SavedAnswer(q, answer, rs.getTimestamp("saved_at").toInstant()));
        });
        return map;
    }

    private static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id);
    }

    private static UUID uuidOrNull(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
