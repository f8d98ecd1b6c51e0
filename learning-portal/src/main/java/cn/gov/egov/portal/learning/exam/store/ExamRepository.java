package cn.gov.egov.portal.learning.exam.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.ExamPolicy;
import cn.gov.egov.portal.learning.exam.attempt.FinalGrade;
import cn.gov.egov.portal.learning.exam.attempt.GradingMethod;
import cn.gov.egov.portal.learning.exam.attempt.ReviewLevel;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;

/** Tables {@code exam} (definitions) and {@code exam_grade} (each learner's grade). */
@Repository
public class ExamRepository {

    private final JdbcClient jdbc;

    public ExamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the definition (attempts already started keep their frozen papers and deadlines). */
    public void save(Exam e, String region, String by, Instant at) {
        ExamPolicy p = e.policy();
        jdbc.sql("""
                insert into exam (id, title, region_code, paper_kind, paper_spec, time_limit_minutes, attempts_allowed,
                                  grading, pass_percent, review_after_submit, review_after_close, opens_at, closes_at,
                                  created_by, created_at, updated_at)
                values (:id, :title, :region, :kind, cast(:spec as jsonb), :minutes, :attempts, :grading, :pass,
                        :afterSubmit, :afterClose, :opens, :closes, :by, :at, :at)
                on conflict (id) do update set title = excluded.title, paper_kind = excluded.paper_kind,
                    paper_spec = excluded.paper_spec, time_limit_minutes = excluded.time_limit_minutes,
                    attempts_allowed = excluded.attempts_allowed, grading = excluded.grading,
                    pass_percent = excluded.pass_percent, review_after_submit = excluded.review_after_submit,
                    review_after_close = excluded.review_after_close, opens_at = excluded.opens_at,
                    closes_at = excluded.closes_at, updated_at = excluded.updated_at
                """).param("id", UUID.fromString(e.id())).param("title", e.title()).param("region", region)
                .param("kind", e.paper() instanceof PaperSpec.Fixed ? "FIXED" : "DRAWN")
                .param("spec", ExamJson.spec(e.paper())).param("minutes", p.timeLimit().toMinutes())
                .param("attempts", p.attemptsAllowed()).param("grading", p.grading().name())
                .param("pass", p.passPercent()).param("afterSubmit", p.reviewAfterSubmit().name())
                .param("afterClose", p.reviewAfterClose().name()).param("opens", Timestamp.from(e.opensAt()))
                .param("closes", e.closesAt() == null ? null : Timestamp.from(e.closesAt())).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    public Optional<StoredExam> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return jdbc.sql("select * from exam where id = :id").param("id", uuid).query(this::map).optional();
    }

    /** Exams whose region lies in the subtree given by a code prefix ({@code 5301%}), newest opening first. */
    public List<StoredExam> inSubtree(String prefix, int limit) {
        return jdbc.sql("select * from exam where region_code like :p order by opens_at desc, title limit :l")
                .param("p", prefix).param("l", limit).query(this::map).list();
    }

    /** Exams of the given regions (a learner's region and its ancestors), newest opening first. */
    public List<StoredExam> forRegions(List<String> regions, int limit) {
        return jdbc.sql("select * from exam where region_code in (:r) order by opens_at desc, title limit :l")
                .param("r", regions).param("l", limit).query(this::map).list();
    }

    /** Rewrites (or removes, when empty) the learner's grade for the exam. */
    public void saveGrade(String examId, UUID learnerId, Optional<FinalGrade> grade, Instant at) {
        UUID exam = UUID.fromString(examId);
        if (grade.isEmpty()) {
            jdbc.sql("delete from exam_grade where exam_id = :e and learner_id = :l").param("e", exam)
                    .param("l", learnerId).update();
            return;
        }
        FinalGrade g = grade.get();
        jdbc.sql("""
                insert into exam_grade (exam_id, learner_id, method, percent, passed, attempt_id, attempts_counted,
                                        updated_at)
                values (:e, :l, :m, :p, :passed, :a, :n, :at)
                on conflict (exam_id, learner_id) do update set method = excluded.method, percent = excluded.percent,
                    passed = excluded.passed, attempt_id = excluded.attempt_id,
                    attempts_counted = excluded.attempts_counted, updated_at = excluded.updated_at
                """).param("e", exam).param("l", learnerId).param("m", g.method().name()).param("p", g.percent())
                .param("passed", g.passed()).param("a", g.attemptId() == null ? null : UUID.fromString(g.attemptId()))
                .param("n", g.attemptsCounted()).param("at", Timestamp.from(at)).update();
    }

    /** The learner's stored grade: percent and passed; empty before a finished attempt. */
    public Optional<StoredGrade> grade(String examId, UUID learnerId) {
        return jdbc.sql("select percent, passed, attempts_counted from exam_grade where exam_id = :e and learner_id = :l")
                .param("e", UUID.fromString(examId)).param("l", learnerId)
                .query((rs, n) -> new StoredGrade(rs.getBigDecimal(1), rs.getBoolean(2), rs.getInt(3))).optional();
    }

    /** A learner's exam grade as stored. */
    public record StoredGrade(java.math.BigDecimal percent, boolean passed, int attemptsCounted) {
    }

    private StoredExam map(ResultSet rs, int row) throws SQLException {
        ExamPolicy policy = new ExamPolicy(Duration.ofMinutes(rs.getInt("time_limit_minutes")),
                rs.getInt("attempts_allowed"), GradingMethod.valueOf(rs.getString("grading")),
                rs.getInt("pass_percent"), ReviewLevel.valueOf(rs.getString("review_after_submit")),
                ReviewLevel.valueOf(rs.getString("review_after_close")));
        Timestamp closes = rs.getTimestamp("closes_at");
        Exam exam = new Exam(rs.getObject("id", UUID.class).toString(), rs.getString("title"),
                ExamJson.spec(rs.getString("paper_spec")), policy, rs.getTimestamp("opens_at").toInstant(),
                closes == null ? null : closes.toInstant());
        return new StoredExam(exam, rs.getString("region_code"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
