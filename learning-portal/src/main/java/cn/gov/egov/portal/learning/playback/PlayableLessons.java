package cn.gov.egov.portal.learning.playback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a lesson with its course and media asset (tables {@code lesson}, {@code course}, {@code media_asset}). */
@Repository
public class PlayableLessons {

    private final JdbcClient jdbc;

    public PlayableLessons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlayableLesson> find(UUID lessonId) {
        return jdbc.sql("""
                select l.id, l.kind, l.title, l.position, l.media_asset_id, l.duration_seconds,
                       c.id as course_id, c.title as course_title, c.kind as course_kind, c.status, c.region_code,
                       c.seek_beyond_watched, m.job_state
                from lesson l
                join course c on c.id = l.course_id
                left join media_asset m on m.id = l.media_asset_id
                where l.id = :id
                """).param("id", lessonId).query(PlayableLessons::map).optional();
    }

    private static PlayableLesson map(ResultSet rs, int row) throws SQLException {
        return new PlayableLesson(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"),
                rs.getInt("position"), rs.getObject("media_asset_id", UUID.class),
                rs.getObject("duration_seconds", Integer.class), rs.getObject("course_id", UUID.class),
                rs.getString("course_title"), rs.getString("course_kind"), rs.getString("status"),
                rs.getString("region_code"), rs.getBoolean("seek_beyond_watched"), rs.getString("job_state"));
    }
}
