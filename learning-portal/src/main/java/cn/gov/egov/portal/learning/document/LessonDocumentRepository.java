package cn.gov.egov.portal.learning.document;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code lesson_document}: one PDF per DOCUMENT lesson. */
@Repository
public class LessonDocumentRepository {

    private final JdbcClient jdbc;

    public LessonDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LessonDocument d) {
        jdbc.sql("""
                insert into lesson_document (lesson_id, object_key, size_bytes, page_count, original_name,
                    uploaded_by, uploaded_at)
                values (:lesson, :key, :size, :pages, :name, :by, :at)
                """).param("lesson", d.lessonId()).param("key", d.objectKey()).param("size", d.sizeBytes())
                .param("pages", d.pageCount()).param("name", d.originalName()).param("by", d.uploadedBy())
                .param("at", Timestamp.from(d.uploadedAt())).update();
    }

    public Optional<LessonDocument> find(UUID lessonId) {
        return jdbc.sql("select * from lesson_document where lesson_id = :lesson").param("lesson", lessonId)
                .query((rs, row) -> new LessonDocument(rs.getObject("lesson_id", UUID.class),
                        rs.getString("object_key"), rs.getLong("size_bytes"), rs.getInt("page_count"),
                        rs.getString("original_name"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .optional();
    }
}
