package cn.gov.egov.portal.learning.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code portal.lesson}: positions unique per course (a deferrable constraint, so swaps are one update). */
@Repository
public class LessonRepository {

    private final JdbcClient jdbc;

    public LessonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts at the lesson's position; a position already taken is refused ({@code lesson-position-duplicate}). */
    public void insert(Lesson l) {
        try {
            jdbc.sql("""
                    insert into lesson (id, course_id, position, kind, title, media_asset_id, document_key, exam_id,
                        duration_seconds)
                    values (:id, :course, :position, :kind, :title, :asset, :doc, :exam, :duration)
                    """).param("id", l.id()).param("course", l.courseId()).param("position", l.position())
                    .param("kind", l.kind().name()).param("title", l.title()).param("asset", l.mediaAssetId())
                    .param("doc", l.documentKey()).param("exam", l.examId()).param("duration", l.durationSeconds())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CourseException("lesson-position-duplicate", "课时顺序重复：第 " + l.position() + " 课已存在");
        }
    }

    /** The next free position of the course (1 for the first lesson). */
    public int nextPosition(UUID courseId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from lesson where course_id = :c").param("c", courseId)
                .query(Integer.class).single();
    }

    public void update(UUID id, LessonDraft d) {
        jdbc.sql("""
                update lesson set kind = :kind, title = :title, media_asset_id = :asset, document_key = :doc,
                    exam_id = :exam, duration_seconds = :duration where id = :id
                """).param("id", id).param("kind", d.kind().name()).param("title", d.title())
                .param("asset", d.mediaAssetId()).param("doc", d.documentKey()).param("exam", d.examId())
                .param("duration", d.durationSeconds()).update();
    }

    /** Swaps the positions of two lessons of one course in one statement. */
    public void swap(Lesson a, Lesson b) {
        jdbc.sql("""
                update lesson set position = case when id = :a then :pb else :pa end
                where id in (:a, :b) and course_id = :course
                """).param("a", a.id()).param("b", b.id()).param("pa", a.position()).param("pb", b.position())
                .param("course", a.courseId()).update();
    }

    /** Deletes a lesson and closes the gap it leaves. */
    public void delete(Lesson l) {
        jdbc.sql("delete from lesson where id = :id").param("id", l.id()).update();
        jdbc.sql("update lesson set position = position - 1 where course_id = :c and position > :p")
                .param("c", l.courseId()).param("p", l.position()).update();
    }

    public Optional<Lesson> find(UUID id) {
        return jdbc.sql("select * from lesson where id = :id").param("id", id).query(LessonRepository::map)
                .optional();
    }

    /** The course's lessons in position order. */
    public List<Lesson> ofCourse(UUID courseId) {
        return jdbc.sql("select * from lesson where course_id = :c order by position").param("c", courseId)
                .query(LessonRepository::map).list();
    }

    /** Which of these lessons have their PDF uploaded (table {@code lesson_document}, written by document uploads). */
    public List<UUID> withDocument(List<UUID> lessonIds) {
        if (lessonIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select lesson_id from lesson_document where lesson_id in (:ids)").param("ids", lessonIds)
                .query(UUID.class).list();
    }

    static Lesson map(ResultSet rs, int row) throws SQLException {
        return new Lesson(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getInt("position"), LessonKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("media_asset_id", UUID.class), rs.getString("document_key"),
                rs.getObject("exam_id", UUID.class), rs.getObject("duration_seconds", Integer.class));
    }
}
