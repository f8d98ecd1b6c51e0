package cn.gov.egov.conference.notification;

import static cn.gov.egov.conference.notification.OutboxRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading notices: a conference's deliveries, a user's portal notices; and which occurrences were reminded. */
@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;

    public NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A conference's notices, newest first, optionally of one status. */
    public List<Notification> forConference(UUID conferenceId, Notification.Status status, int page, int size) {
        return jdbc.sql("""
                select * from notification
                where conference_id = :id and (cast(:status as varchar) is null or status = :status)
                order by created_at desc, kind, channel, recipient
                limit :limit offset :offset""")
                .param("id", conferenceId).param("status", status == null ? null : status.name())
                .param("limit", size).param("offset", (long) page * size)
                .query(NotificationRepository::map).list();
    }

    /** A user's portal notices, newest first. */
    public List<Notification> notices(String username, boolean unreadOnly, int page, int size) {
        return jdbc.sql("""
                select * from notification
                where channel = 'PORTAL' and recipient = :user and (not :unread or read_at is null)
                order by created_at desc, id
                limit :limit offset :offset""")
                .param("user", username).param("unread", unreadOnly)
                .param("limit", size).param("offset", (long) page * size)
                .query(NotificationRepository::map).list();
    }

    public long countUnread(String username) {
        return jdbc.sql("""
                select count(*) from notification
                where channel = 'PORTAL' and recipient = :user and read_at is null""")
                .param("user", username).query(Long.class).single();
    }

    /** Marks the user's own portal notice read (once); empty when it is not theirs or does not exist. */
    public Optional<Notification> markRead(UUID id, String username, Instant now) {
        return jdbc.sql("""
                update notification set read_at = coalesce(read_at, :now)
                where id = :id and channel = 'PORTAL' and recipient = :user
                returning *""")
                .param("now", ts(now)).param("id", id).param("user", username)
                .query(NotificationRepository::map).optional();
    }

    /** An occurrence that is due for its reminder. */
    public record DueOccurrence(UUID occurrenceId, UUID conferenceId, Instant start, Instant end) {
    }

    /** Occurrences of live conferences starting in (now, until] that have not been reminded. */
    public List<DueOccurrence> dueForReminder(Instant now, Instant until, int limit) {
        return jdbc.sql("""
                select o.id, o.conference_id, o.starts_at, o.ends_at
                from occurrence o
                join conference c on c.id = o.conference_id
                where o.starts_at > :now and o.starts_at <= :until and o.state in ('SCHEDULED', 'LIVE')
                  and not c.cancelled
                  and not exists (select 1 from occurrence_reminder r where r.occurrence_id = o.id)
                order by o.starts_at
                limit :limit""")
                .param("now", ts(now)).param("until", ts(until)).param("limit", limit)
                .query((rs, i) -> new DueOccurrence(rs.getObject("id", UUID.class),
                        rs.getObject("conference_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .list();
    }

    /** Claims the occurrence's reminder; false when it was already reminded (by this or another instance). */
    public boolean claimReminder(UUID occurrenceId, Instant now) {
        return jdbc.sql("""
                insert into occurrence_reminder (occurrence_id, reminded_at) values (:id, :now)
                on conflict (occurrence_id) do nothing""")
                .param("id", occurrenceId).param("now", ts(now)).update() == 1;
    }

    static Notification map(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("conference_id", UUID.class),
                rs.getObject("occurrence_id", UUID.class), Notification.Kind.valueOf(rs.getString("kind")),
                Notification.Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                rs.getString("recipient_label"), rs.getString("subject"), rs.getString("body"), rs.getString("ics"),
                Notification.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("read_at")), instant(rs.getTimestamp("expires_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
