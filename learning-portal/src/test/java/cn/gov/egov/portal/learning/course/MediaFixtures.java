package cn.gov.egov.portal.learning.course;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Media assets written straight to the table, in a given transcode state, for course and VOD tests. */
public final class MediaFixtures {

    private MediaFixtures() {
    }

    /** A media asset of {@code region} whose job is known to be {@code jobState} (null: never queued). */
    public static UUID asset(JdbcClient jdbc, String region, String jobState) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into media_asset (id, title, filename, size_bytes, content_type, source_key, region_code,
                    uploaded_by, created_at, job_id, job_state)
                values (:id, :title, 'v.mp4', 1000, 'video/mp4', :key, :region, 'test', :at, :job, :state)
                """).param("id", id).param("title", "视频 " + jobState).param("key", "originals/" + id + ".mp4")
                .param("region", region).param("at", Timestamp.from(Instant.now()))
                .param("job", jobState == null ? null : UUID.randomUUID()).param("state", jobState).update();
        return id;
    }
}
