package cn.gov.egov.bench.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Seeds, straight into the portal's schema after Flyway made it, what the measured pages show: learners of one
 * county (五华区 530102), a published required course of the province with eight lessons (five videos, two documents,
 * one exam) assigned to the whole province with a deadline, two published elective courses, and lesson progress
 * for every learner so that the home page lists courses in progress. Every learner has the same password.
 */
final class Seeder {

    static final String PASSWORD = "Bench-Passw0rd";
    static final String REGION = "530102";
    private static final String PROVINCE = "530000";
    private static final String LAW_CATEGORY = "00000000-0000-4000-8000-000000000c03";
    private static final String SKILLS_CATEGORY = "00000000-0000-4000-8000-000000000c02";

    /** What was seeded: the learners' user names and the course whose page is measured. */
    record Seeded(List<String> learners, UUID requiredCourse, int requiredLessons) {
    }

    private Seeder() {
    }

    static String username(int i) {
        return "bench-learner-%03d".formatted(i);
    }

    static Seeded seed(Connection c, int learners) throws SQLException {
        c.setAutoCommit(false);
        Instant now = Instant.now();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        // the portal's format ({bcrypt}, read by its DelegatingPasswordEncoder) at the lowest cost: signing in 615
        // learners on a busy 2-core machine should not be mostly password hashing; the memory measured is the same
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

        List<UUID> learnerIds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into portal.app_user (id, username, display_name, password_hash, role, region_code, enabled,
                                             email, rank, created_at, updated_at)
                values (?, ?, ?, ?, 'LEARNER', ?, true, ?, 'STAFF_1', ?, ?)""")) {
            for (int i = 1; i <= learners; i++) {
                UUID id = UUID.randomUUID();
                ps.setObject(1, id);
                ps.setString(2, username(i));
                ps.setString(3, "测试学员%03d".formatted(i));
                ps.setString(4, hash);
                ps.setString(5, REGION);
                ps.setString(6, username(i) + "@bench.egov.local");
                ps.setTimestamp(7, Timestamp.from(now));
                ps.setTimestamp(8, Timestamp.from(now));
                ps.addBatch();
                learnerIds.add(id);
                names.add(username(i));
            }
            ps.executeBatch();
        }

        UUID required = course(c, "%d年度依法行政专题培训（必修）".formatted(year), LAW_CATEGORY, "REQUIRED", year, now);
        List<UUID> requiredVideos = lessons(c, required, 5, 2, 1, now);
        UUID electiveA = course(c, "办公软件高效应用", SKILLS_CATEGORY, "ELECTIVE", year, now);
        List<UUID> electiveAVideos = lessons(c, electiveA, 3, 0, 0, now);
        UUID electiveB = course(c, "公文写作与处理实务", SKILLS_CATEGORY, "ELECTIVE", year, now);
        lessons(c, electiveB, 3, 0, 0, now);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into portal.course_assignment (id, course_id, target_type, target_value, deadline, created_by,
                                                      created_at)
                values (?, ?, 'REGION', ?, ?, 'session-bench', ?)""")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, required);
            ps.setString(3, PROVINCE);
            ps.setObject(4, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into portal.lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                                                    credited_ms, completed_at, updated_at)
                select ?, l.id, l.duration_seconds * 1000, l.duration_seconds * 400, l.duration_seconds * 400,
                       l.duration_seconds * 400, null, ?
                from portal.lesson l where l.id = ?""")) {
            for (UUID learner : learnerIds) {
                for (UUID lesson : List.of(requiredVideos.get(0), electiveAVideos.get(0))) {
                    ps.setObject(1, learner);
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setObject(3, lesson);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        return new Seeded(List.copyOf(names), required, 8);
    }

    private static UUID course(Connection c, String title, String category, String kind, int year, Instant now)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into portal.course (id, title, summary, category_id, kind, year, region_code, status,
                                           created_by, created_at, updated_at, published_at)
                values (?, ?, ?, ?::uuid, ?, ?, ?, 'PUBLISHED', 'session-bench', ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setString(2, title);
            ps.setString(3, ("本课程面向全省公务员，系统讲解相关法律法规与工作实务，结合典型案例分析常见问题，"
                    + "帮助学员提升依法履职能力。课程包含视频讲解、阅读材料和课后测验，完成全部视频学习并通过测验后"
                    + "计入年度学时。\n\n学习要求：按时完成，认真观看，独立完成测验。").repeat(2));
            ps.setString(4, category);
            ps.setString(5, kind);
            ps.setInt(6, year);
            ps.setString(7, PROVINCE);
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setTimestamp(10, Timestamp.from(now));
            ps.executeUpdate();
        }
        return id;
    }

    /** Videos first (each with a media asset), then documents, then an exam; returns the video lessons' ids. */
    private static List<UUID> lessons(Connection c, UUID course, int videos, int documents, int exams, Instant now)
            throws SQLException {
        List<UUID> videoIds = new ArrayList<>();
        int position = 1;
        try (PreparedStatement asset = c.prepareStatement("""
                insert into portal.media_asset (id, title, filename, size_bytes, content_type, source_key, region_code,
                                                uploaded_by, created_at, job_state)
                values (?, ?, ?, 734003200, 'video/mp4', ?, '530000', 'session-bench', ?, 'SUCCEEDED')""");
             PreparedStatement lesson = c.prepareStatement("""
                insert into portal.lesson (id, course_id, position, kind, title, media_asset_id, document_key, exam_id,
                                           duration_seconds)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < videos + documents + exams; i++, position++) {
                UUID id = UUID.randomUUID();
                String kind = i < videos ? "VIDEO" : i < videos + documents ? "DOCUMENT" : "EXAM";
                UUID assetId = null;
                if (kind.equals("VIDEO")) {
                    assetId = UUID.randomUUID();
                    asset.setObject(1, assetId);
                    asset.setString(2, "第" + position + "讲");
                    asset.setString(3, "lecture-" + position + ".mp4");
                    asset.setString(4, "originals/" + assetId + "/lecture-" + position + ".mp4");
                    asset.setTimestamp(5, Timestamp.from(now));
                    asset.executeUpdate();
                    videoIds.add(id);
                }
                lesson.setObject(1, id);
                lesson.setObject(2, course);
                lesson.setInt(3, position);
                lesson.setString(4, kind);
                lesson.setString(5, switch (kind) {
                    case "VIDEO" -> "第" + position + "讲 专题讲解（视频）";
                    case "DOCUMENT" -> "阅读材料 " + position;
                    default -> "课后测验";
                });
                lesson.setObject(6, assetId);
                lesson.setString(7, kind.equals("DOCUMENT") ? "documents/" + id + ".pdf" : null);
                lesson.setObject(8, kind.equals("EXAM") ? UUID.randomUUID() : null);
                lesson.setObject(9, kind.equals("VIDEO") ? 1800 + 300 * i : null);
                lesson.executeUpdate();
            }
        }
        return videoIds;
    }
}
