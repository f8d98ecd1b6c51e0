package cn.gov.egov.portal.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code portal.media_asset}. */
@Repository
public class MediaAssetRepository {

    private final JdbcClient jdbc;

    public MediaAssetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(MediaAsset a) {
        jdbc.sql("""
                insert into media_asset (id, title, filename, size_bytes, content_type, source_key, region_code,
                    uploaded_by, created_at)
                values (:id, :title, :filename, :size, :type, :key, :region, :by, :at)
                """).param("id", a.id()).param("title", a.title()).param("filename", a.filename())
                .param("size", a.sizeBytes()).param("type", a.contentType()).param("key", a.sourceKey())
                .param("region", a.regionCode()).param("by", a.uploadedBy())
                .param("at", Timestamp.from(a.createdAt())).update();
    }

    public void setJob(UUID id, UUID jobId, String state) {
        jdbc.sql("update media_asset set job_id = :job, job_state = :state where id = :id").param("id", id)
                .param("job", jobId).param("state", state).update();
    }

    public Optional<MediaAsset> find(UUID id) {
        return jdbc.sql("select * from media_asset where id = :id").param("id", id).query(this::map).optional();
    }

    /** Newest first, within the region subtree given by its code prefix (e.g. {@code 5301%}). */
    public List<MediaAsset> inRegion(String prefix, int limit) {
        return jdbc.sql("select * from media_asset where region_code like :p order by created_at desc limit :n")
                .param("p", prefix).param("n", limit).query(this::map).list();
    }

    private MediaAsset map(ResultSet rs, int row) throws SQLException {
        return new MediaAsset(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("filename"),
                rs.getLong("size_bytes"), rs.getString("content_type"), rs.getString("source_key"),
                rs.getString("region_code"), rs.getString("uploaded_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("job_id", UUID.class),
                rs.getString("job_state"));
    }
}
