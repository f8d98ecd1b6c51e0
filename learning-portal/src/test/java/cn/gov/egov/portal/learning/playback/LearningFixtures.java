package cn.gov.egov.portal.learning.playback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.egov.portal.learning.course.MediaFixtures;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/** Learners, courses and lessons written straight to the real tables for playback and hours tests. */
public final class LearningFixtures {

    static final UUID COMPUTER = UUID.fromString("00000000-0000-4000-8000-000000000c01");

    private final JdbcClient jdbc;
    private final UserRepository users;

    public LearningFixtures(JdbcClient jdbc, UserRepository users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public PortalUser learner(String region) {
        UUID id = UUID.randomUUID();
        PortalUser u = new PortalUser(id, "l-" + id.toString().substring(0, 12), "学员" + id.toString().substring(0, 4),
                null, "{noop}unused", Role.LEARNER, region, true);
        users.insert(u);
        return u;
    }

    /** A course of {@code region}; {@code published} or a draft; required; seeking limited unless {@code free}. */
    public UUID course(String title, String region, boolean published, boolean free) {
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("2026-01-05T00:00:00Z"));
        jdbc.sql("""
                insert into course (id, title, summary, category_id, kind, year, region_code, status,
                    seek_beyond_watched, created_by, created_at, updated_at, published_at)
                values (:id, :title, '', :cat, 'REQUIRED', 2026, :region, :status, :free, 'test', :at, :at, :pub)
                """).param("id", id).param("title", title).param("cat", COMPUTER).param("region", region)
                .param("status", published ? "PUBLISHED" : "DRAFT").param("free", free).param("at", at)
                .param("pub", published ? at : null).update();
        return id;
    }

    /** A VIDEO lesson of {@code seconds} with a transcoded asset, at the next position. */
    public UUID video(UUID courseId, String title, int seconds) {
        UUID asset = MediaFixtures.asset(jdbc, "530000", "SUCCEEDED");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into lesson (id, course_id, position, kind, title, media_asset_id, duration_seconds)
                values (:id, :course, (select coalesce(max(position), 0) + 1 from lesson where course_id = :course),
                        'VIDEO', :title, :asset, :seconds)
                """).param("id", id).param("course", courseId).param("title", title).param("asset", asset)
                .param("seconds", seconds).update();
        return id;
    }

    /** An EXAM lesson (its exam not stored anywhere yet). */
    public UUID exam(UUID courseId, String title) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into lesson (id, course_id, position, kind, title, exam_id)
                values (:id, :course, (select coalesce(max(position), 0) + 1 from lesson where course_id = :course),
                        'EXAM', :title, :exam)
                """).param("id", id).param("course", courseId).param("title", title)
                .param("exam", UUID.randomUUID()).update();
        return id;
    }

    public long credited(PortalUser learner, UUID lessonId) {
        return jdbc.sql("select coalesce(max(credited_ms), 0) from lesson_progress where learner_id = :l and "
                + "lesson_id = :lesson").param("l", learner.id()).param("lesson", lessonId).query(Long.class).single();
    }

    public long ledgerLines(PortalUser learner) {
        return jdbc.sql("select count(*) from hour_ledger_entry where learner_id = :l").param("l", learner.id())
                .query(Long.class).single();
    }
}
