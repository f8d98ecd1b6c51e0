package cn.gov.egov.conference.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attendance sessions: written as people come and go, read per occurrence. */
@Repository
public class AttendanceRepository {

    private final JdbcClient jdbc;

    public AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens a session if the occurrence belongs to the conference and the participant has no open session in it.
     * Empty when nothing was written: the occurrence is not the conference's, or the session is already open.
     */
    Optional<Long> insertOpen(UUID occurrenceId, UUID conferenceId, AttendeeIdentity who, String participantId,
                              Instant joinedAt) {
        return jdbc.sql("""
                insert into attendance (occurrence_id, conference_id, participant_id, kind, room_id, username,
                                        display_name, region_code, joined_at)
                select o.id, o.conference_id, :participant, :kind, :room, :username, :name, :region, :joined
                from occurrence o where o.id = :occurrence and o.conference_id = :conference
                on conflict (occurrence_id, participant_id) where left_at is null do nothing
                returning id
                """)
                .param("participant", participantId).param("kind", who.kind().name()).param("room", who.roomId())
                .param("username", who.username()).param("name", who.displayName())
                .param("region", who.regionCode()).param("joined", Timestamp.from(joinedAt))
                .param("occurrence", occurrenceId).param("conference", conferenceId)
                .query(Long.class).optional();
    }

    /** The open session of the participant in the occurrence, if any. */
    Optional<Long> findOpen(UUID occurrenceId, String participantId) {
        return jdbc.sql("""
                select id from attendance
                where occurrence_id = :occurrence and participant_id = :participant and left_at is null""")
                .param("occurrence", occurrenceId).param("participant", participantId)
                .query(Long.class).optional();
    }

    /** Closes one session at {@code at} (never before its join); false when it is unknown or already closed. */
    boolean close(long id, LeaveReason reason, Instant at) {
        return jdbc.sql("""
                update attendance set left_at = greatest(joined_at, :at), leave_reason = :reason
                where id = :id and left_at is null""")
                .param("at", Timestamp.from(at)).param("reason", reason.name()).param("id", id)
                .update() == 1;
    }

    /** Closes every open session of the occurrence at {@code at}. */
    int closeOpenOfOccurrence(UUID occurrenceId, LeaveReason reason, Instant at) {
        return jdbc.sql("""
                update attendance set left_at = greatest(joined_at, :at), leave_reason = :reason
                where occurrence_id = :occurrence and left_at is null""")
                .param("at", Timestamp.from(at)).param("reason", reason.name()).param("occurrence", occurrenceId)
                .update();
    }

    /** Closes every open session of any occurrence of the conference at {@code at}. */
    int closeOpenOfConference(UUID conferenceId, LeaveReason reason, Instant at) {
        return jdbc.sql("""
                update attendance set left_at = greatest(joined_at, :at), leave_reason = :reason
                where conference_id = :conference and left_at is null""")
                .param("at", Timestamp.from(at)).param("reason", reason.name()).param("conference", conferenceId)
                .update();
    }

    /**
     * Closes, as {@link LeaveReason#ENDED}, every open session of an occurrence scheduled to end before
     * {@code endedBefore}: stamped with that scheduled end (never before the join, never after {@code now}).
     */
    int closeOpenOfOccurrencesEndedBefore(Instant endedBefore, Instant now) {
        return jdbc.sql("""
                update attendance a
                set left_at = greatest(a.joined_at, least(o.ends_at, :now)), leave_reason = 'ENDED'
                from occurrence o
                where o.id = a.occurrence_id and a.left_at is null and o.ends_at < :before
                """)
                .param("now", Timestamp.from(now)).param("before", Timestamp.from(endedBefore))
                .update();
    }

    /** Every session of the occurrence in join order. */
    public List<AttendanceRecord> findByOccurrence(UUID occurrenceId) {
        return jdbc.sql("select * from attendance where occurrence_id = :occurrence order by joined_at, id")
                .param("occurrence", occurrenceId)
                .query(AttendanceRepository::map).list();
    }

    public Optional<AttendanceRecord> find(long id) {
        return jdbc.sql("select * from attendance where id = :id").param("id", id)
                .query(AttendanceRepository::map).optional();
    }

    private static AttendanceRecord map(ResultSet rs, int row) throws SQLException {
        AttendeeKind kind = AttendeeKind.valueOf(rs.getString("kind"));
        AttendeeIdentity who = new AttendeeIdentity(kind, rs.getObject("room_id", UUID.class),
                rs.getString("username"), rs.getString("display_name"), rs.getString("region_code"));
        Timestamp left = rs.getTimestamp("left_at");
        String reason = rs.getString("leave_reason");
        return new AttendanceRecord(rs.getLong("id"), rs.getObject("occurrence_id", UUID.class),
                rs.getObject("conference_id", UUID.class), rs.getString("participant_id"), who,
                rs.getTimestamp("joined_at").toInstant(), left == null ? null : left.toInstant(),
                reason == null ? null : LeaveReason.valueOf(reason));
    }
}
