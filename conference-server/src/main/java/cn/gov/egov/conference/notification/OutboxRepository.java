package cn.gov.egov.conference.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox's writing side: new notices, the sender's claims and outcomes, the audience of each conference. */
@Repository
public class OutboxRepository {

    static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public OutboxRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void insert(List<Notification> notices) {
        template.batchUpdate("""
                insert into notification (id, conference_id, occurrence_id, kind, channel, recipient, recipient_label,
                    subject, body, ics, status, attempts, next_attempt_at, created_at, sent_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", notices, 500, (ps, n) -> {
                    ps.setObject(1, n.id());
                    ps.setObject(2, n.conferenceId());
                    ps.setObject(3, n.occurrenceId());
                    ps.setString(4, n.kind().name());
                    ps.setString(5, n.channel().name());
                    ps.setString(6, n.recipient());
                    ps.setString(7, n.recipientLabel());
                    ps.setString(8, n.subject());
                    ps.setString(9, n.body());
                    ps.setString(10, n.ics());
                    ps.setString(11, n.status().name());
                    ps.setInt(12, n.attempts());
                    ps.setTimestamp(13, ts(n.nextAttemptAt()));
                    ps.setTimestamp(14, ts(n.createdAt()));
                    ps.setTimestamp(15, ts(n.sentAt()));
                    ps.setTimestamp(16, ts(n.expiresAt()));
                });
    }

    /**
     * Reserves up to {@code limit} due notices on the given channels for this instance until {@code leaseUntil}
     * (another instance skips the rows this one locks, and takes them over if the lease runs out).
     */
    public List<Notification> claim(Set<Notification.Channel> channels, Instant now, int limit, Instant leaseUntil) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                update notification set next_attempt_at = :lease
                where id in (select id from notification
                             where status = 'PENDING' and next_attempt_at <= :now and channel in (:channels)
                             order by next_attempt_at
                             limit :limit
                             for update skip locked)
                returning *""")
                .param("lease", ts(leaseUntil)).param("now", ts(now)).param("limit", limit)
                .param("channels", channels.stream().map(Enum::name).toList())
                .query(NotificationRepository::map).list();
    }

    public void markSent(UUID id, Instant now) {
        jdbc.sql("""
                update notification set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null
                where id = :id and status = 'PENDING'""")
                .param("now", ts(now)).param("id", id).update();
    }

    /** Records a failed attempt: retried at {@code nextAttempt}, or FAILED when {@code giveUp}. */
    public void markFailed(UUID id, int attempts, boolean giveUp, Instant nextAttempt, String error) {
        jdbc.sql("""
                update notification set attempts = :attempts, status = :status, next_attempt_at = :next,
                    last_error = :error
                where id = :id and status = 'PENDING'""")
                .param("attempts", attempts).param("status", giveUp ? "FAILED" : "PENDING")
                .param("next", ts(nextAttempt)).param("error", truncate(error)).param("id", id).update();
    }

    /** Gives claimed but unsent notices back, due at once. */
    public void release(Collection<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notification set next_attempt_at = :now where id in (:ids) and status = 'PENDING'")
                    .param("now", ts(now)).param("ids", ids).update();
        }
    }

    /** Pending notices past their expiry become FAILED unsent; returns how many. */
    public int expire(Instant now, String reason) {
        return jdbc.sql("""
                update notification set status = 'FAILED', last_error = :reason
                where status = 'PENDING' and expires_at < :now""")
                .param("reason", truncate(reason)).param("now", ts(now)).update();
    }

    /** Notes on pending notices of a channel that cannot be delivered now why they wait. */
    public void noteWaiting(Notification.Channel channel, String reason) {
        jdbc.sql("""
                update notification set last_error = :reason
                where status = 'PENDING' and channel = :channel and last_error is distinct from :reason""")
                .param("reason", reason).param("channel", channel.name()).update();
    }

    public List<Recipient> audience(UUID conferenceId) {
        return jdbc.sql("select channel, recipient, label from notification_audience where conference_id = :id")
                .param("id", conferenceId)
                .query((rs, i) -> new Recipient(Notification.Channel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"), rs.getString("label")))
                .list();
    }

    public void replaceAudience(UUID conferenceId, List<Recipient> recipients) {
        jdbc.sql("delete from notification_audience where conference_id = :id").param("id", conferenceId).update();
        template.batchUpdate("insert into notification_audience (conference_id, channel, recipient, label) "
                + "values (?, ?, ?, ?)", recipients, 500, (ps, r) -> {
                    ps.setObject(1, conferenceId);
                    ps.setString(2, r.channel().name());
                    ps.setString(3, r.address());
                    ps.setString(4, r.label());
                });
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}
