package cn.gov.egov.conference.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is on for a room: its conferences' occurrences that have not yet ended, soonest first. */
@Repository
public class LiveSchedule {

    private final JdbcClient jdbc;

    public LiveSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One coming or running occurrence of a room's conference. */
    public record Slot(UUID conferenceId, UUID occurrenceId, String title, Instant start, Instant end,
                       boolean mainRoom) {
    }

    /** Occurrences using the room that end after {@code after}, not cancelled, soonest first (at most 10). */
    public List<Slot> upcoming(UUID roomId, Instant after) {
        return jdbc.sql("""
                select c.id, o.id as occurrence_id, c.title, o.starts_at, o.ends_at, c.main_room_id = :room as main
                from occurrence o
                join conference c on c.id = o.conference_id
                join conference_room cr on cr.conference_id = c.id and cr.room_id = :room
                where not c.cancelled and o.state <> 'CANCELLED' and o.ends_at > :after
                order by o.starts_at
                limit 10
                """).param("room", roomId).param("after", Timestamp.from(after))
                .query((rs, i) -> new Slot(rs.getObject("id", UUID.class), rs.getObject("occurrence_id", UUID.class),
                        rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), rs.getBoolean("main")))
                .list();
    }
}
