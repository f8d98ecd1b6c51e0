package cn.gov.egov.portal.learning.certificate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.egov.portal.learning.ledger.CourseHours;
import cn.gov.egov.portal.learning.playback.LearningFixtures;
import cn.gov.egov.portal.security.PortalUser;

/** Completed courses and graded exams written through the real tables (and CourseHours) for certificate tests. */
public final class CertificateFixtures {

    private final JdbcClient jdbc;
    private final LearningFixtures learning;
    private final CourseHours courseHours;

    public CertificateFixtures(JdbcClient jdbc, LearningFixtures learning, CourseHours courseHours) {
        this.jdbc = jdbc;
        this.learning = learning;
        this.courseHours = courseHours;
    }

    /** A published one-lesson course (2 minutes of video). */
    public UUID course(String title) {
        UUID course = learning.course(title, "530000", true, false);
        learning.video(course, "第一讲", 120);
        return course;
    }

    /** Marks every video lesson of the course watched to the end, then lets CourseHours credit it. */
    public void complete(PortalUser learner, UUID course) {
        Timestamp at = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                    credited_ms, completed_at, updated_at)
                select :l, id, duration_seconds * 1000, duration_seconds * 1000, duration_seconds * 1000,
                    duration_seconds * 1000, :at, :at from lesson where course_id = :c and kind = 'VIDEO'
                """).param("l", learner.id()).param("c", course).param("at", at).update();
        courseHours.awardIfComplete(learner.id(), learner.regionCode(), course)
                .orElseThrow(() -> new AssertionError("the course was not credited"));
    }

    /** An exam with the learner's grade. */
    public UUID examGraded(PortalUser learner, String title, String percent, boolean passed) {
        UUID exam = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("2026-01-05T00:00:00Z"));
        jdbc.sql("""
                insert into exam (id, title, region_code, paper_kind, paper_spec, time_limit_minutes, attempts_allowed,
                    grading, pass_percent, review_after_submit, review_after_close, opens_at, created_by, created_at,
                    updated_at)
                values (:id, :title, '530000', 'FIXED', '{}'::jsonb, 30, 1, 'HIGHEST', 60, 'NONE', 'NONE', :at,
                    'test', :at, :at)
                """).param("id", exam).param("title", title).param("at", at).update();
        jdbc.sql("""
                insert into exam_grade (exam_id, learner_id, method, percent, passed, attempts_counted, updated_at)
                values (:e, :l, 'HIGHEST', :p, :passed, 1, :at)
                """).param("e", exam).param("l", learner.id()).param("p", new BigDecimal(percent))
                .param("passed", passed).param("at", at).update();
        return exam;
    }

    public long certificates(PortalUser learner) {
        return jdbc.sql("select count(*) from certificate where learner_id = :l").param("l", learner.id())
                .query(Long.class).single();
    }
}
