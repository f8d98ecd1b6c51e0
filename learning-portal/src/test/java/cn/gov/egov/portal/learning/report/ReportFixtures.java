package cn.gov.egov.portal.learning.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Learners, units, ledger lines, courses, assignments and exam results written straight to the real tables. */
final class ReportFixtures {

    static final UUID CATEGORY = UUID.fromString("00000000-0000-4000-8000-000000000c01");
    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-01-05T00:00:00Z"));

    private final JdbcClient jdbc;

    ReportFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID unit(String region, UUID parent, String path) {
        UUID id = UUID.randomUUID();
        String name = path.substring(path.lastIndexOf('/') + 1);
        jdbc.sql("""
                insert into department (id, region_code, parent_id, name, path, depth, active, created_at, updated_at)
                values (:id, :region, :parent, :name, :path, :depth, true, :at, :at)
                """).param("id", id).param("region", region).param("parent", parent).param("name", name)
                .param("path", path).param("depth", path.split("/").length).param("at", AT).update();
        return id;
    }

    UUID user(String name, String role, String region, UUID unit, boolean enabled) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into app_user (id, username, display_name, password_hash, role, region_code, enabled,
                    department_id)
                values (:id, :username, :name, '{noop}unused', :role, :region, :enabled, :unit)
                """).param("id", id).param("username", "r-" + id.toString().substring(0, 13)).param("name", name)
                .param("role", role).param("region", region).param("enabled", enabled).param("unit", unit).update();
        return id;
    }

    UUID learner(String name, String region, UUID unit) {
        return user(name, "LEARNER", region, unit, true);
    }

    void hours(UUID learner, LocalDate date, String kind, String sourceId, String category, String hours) {
        jdbc.sql("""
                insert into hour_ledger_entry (id, learner_id, year, entry_date, source_kind, source_id, source_title,
                    category, hours, rule_code, explanation, created_at)
                values (:id, :learner, :year, :date, :kind, :source, '测试来源', :category, :hours, 'TEST', '测试',
                    :at)
                """).param("id", UUID.randomUUID()).param("learner", learner).param("year", date.getYear())
                .param("date", Date.valueOf(date)).param("kind", kind).param("source", sourceId)
                .param("category", category).param("hours", new BigDecimal(hours)).param("at", AT).update();
    }

    UUID course(String title, String region, int year, String kind, boolean published) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into course (id, title, summary, category_id, kind, year, region_code, status, created_by,
                    created_at, updated_at, published_at)
                values (:id, :title, '', :cat, :kind, :year, :region, :status, 'test', :at, :at, :pub)
                """).param("id", id).param("title", title).param("cat", CATEGORY).param("kind", kind)
                .param("year", year).param("region", region).param("status", published ? "PUBLISHED" : "DRAFT")
                .param("at", AT).param("pub", published ? AT : null).update();
        return id;
    }

    void assign(UUID course, String type, String value, LocalDate deadline) {
        jdbc.sql("""
                insert into course_assignment (id, course_id, target_type, target_value, deadline, created_by,
                    created_at)
                values (:id, :course, :type, :value, :deadline, 'test', :at)
                """).param("id", UUID.randomUUID()).param("course", course).param("type", type).param("value", value)
                .param("deadline", Date.valueOf(deadline)).param("at", AT).update();
    }

    void requirement(String region, int year, String required, String elective) {
        jdbc.sql("insert into annual_requirement (region_code, year, required, elective) values (:r, :y, :q, :e)")
                .param("r", region).param("y", year).param("q", new BigDecimal(required))
                .param("e", new BigDecimal(elective)).update();
    }

    UUID exam(String title, String region) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into exam (id, title, region_code, paper_kind, paper_spec, time_limit_minutes,
                    attempts_allowed, grading, pass_percent, review_after_submit, review_after_close, opens_at,
                    created_by, created_at, updated_at)
                values (:id, :title, :region, 'FIXED', '{}'::jsonb, 30, 3, 'HIGHEST', 60, 'NONE', 'NONE', :at,
                    'test', :at, :at)
                """).param("id", id).param("title", title).param("region", region).param("at", AT).update();
        return id;
    }

    /** An attempt; {@code submittedAt} null = still in progress. */
    void attempt(UUID exam, UUID learner, int number, Instant submittedAt) {
        Instant started = submittedAt == null ? Instant.parse("2026-06-01T01:00:00Z") : submittedAt.minusSeconds(600);
        jdbc.sql("""
                insert into exam_attempt (id, exam_id, learner_id, number, paper, started_at, deadline, status,
                    submitted_at, version)
                values (:id, :exam, :learner, :number, '{}'::jsonb, :started, :deadline, :status, :submitted, 1)
                """).param("id", UUID.randomUUID()).param("exam", exam).param("learner", learner)
                .param("number", number).param("started", Timestamp.from(started))
                .param("deadline", Timestamp.from(started.plusSeconds(1800)))
                .param("status", submittedAt == null ? "IN_PROGRESS" : "SUBMITTED")
                .param("submitted", submittedAt == null ? null : Timestamp.from(submittedAt)).update();
    }

    void grade(UUID exam, UUID learner, boolean passed) {
        jdbc.sql("""
                insert into exam_grade (exam_id, learner_id, method, percent, passed, attempts_counted, updated_at)
                values (:exam, :learner, 'HIGHEST', :percent, :passed, 1, :at)
                """).param("exam", exam).param("learner", learner).param("percent", passed ? 80 : 20)
                .param("passed", passed).param("at", AT).update();
    }
}
