package cn.gov.egov.bench.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes the bench's data straight into the portal's tables (after Flyway ran): learners of one county with a
 * known password, and one published required course of the province with one transcoded video lesson, as
 * learning-portal's own {@code LearningFixtures} do in tests.
 */
final class Seeder {

    static final String PASSWORD = "Bench-Passw0rd-2026";
    static final String COUNTY = "530102";
    private static final UUID COMPUTER = UUID.fromString("00000000-0000-4000-8000-000000000c01");

    private Seeder() {
    }

    /** {@code n} enabled learners {@code bench-00000 …}; the hash is {@code {noop}} (BCrypt would only slow log-in). */
    static List<String> learners(Connection c, int n) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into app_user (id, username, display_name, password_hash, role, region_code, enabled)
                values (?, ?, ?, ?, 'LEARNER', ?, true)""")) {
            for (int i = 0; i < n; i++) {
                String name = String.format("bench-%05d", i);
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, name);
                ps.setString(3, "学员" + i);
                ps.setString(4, "{noop}" + PASSWORD);
                ps.setString(5, COUNTY);
                ps.addBatch();
                names.add(name);
            }
            ps.executeBatch();
        }
        return names;
    }

    /** A published required course of the province with one video lesson of {@code seconds}; the lesson's id. */
    static UUID videoLesson(Connection c, int seconds) throws SQLException {
        Timestamp at = Timestamp.from(Instant.now());
        UUID course = UUID.randomUUID();
        UUID asset = UUID.randomUUID();
        UUID lesson = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into course (id, title, summary, category_id, kind, year, region_code, status,
                    seek_beyond_watched, created_by, created_at, updated_at, published_at)
                values (?, '基准测试课程', '', ?, 'REQUIRED', 2026, '530000', 'PUBLISHED', false, 'bench', ?, ?, ?)""")) {
            ps.setObject(1, course);
            ps.setObject(2, COMPUTER);
            ps.setTimestamp(3, at);
            ps.setTimestamp(4, at);
            ps.setTimestamp(5, at);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into media_asset (id, title, filename, size_bytes, content_type, source_key, region_code,
                    uploaded_by, created_at, job_id, job_state)
                values (?, '基准视频', 'v.mp4', 1000, 'video/mp4', ?, '530000', 'bench', ?, ?, 'SUCCEEDED')""")) {
            ps.setObject(1, asset);
            ps.setString(2, "originals/" + asset + ".mp4");
            ps.setTimestamp(3, at);
            ps.setObject(4, UUID.randomUUID());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into lesson (id, course_id, position, kind, title, media_asset_id, duration_seconds)
                values (?, ?, 1, 'VIDEO', '第一讲', ?, ?)""")) {
            ps.setObject(1, lesson);
            ps.setObject(2, course);
            ps.setObject(3, asset);
            ps.setInt(4, seconds);
            ps.executeUpdate();
        }
        return lesson;
    }
}
