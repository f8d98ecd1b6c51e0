package cn.gov.egov.conference.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.gov.egov.conference.authority.Actor;

/**
 * Append-only record of administrative actions. Allowed actions are written in the caller's transaction (no
 * action without its entry); refusals are written on their own, after the refused transaction rolled back.
 */
@Service
public class AuditLog {

    private static final int MAX_SUMMARY = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void allowed(Actor actor, String action, String targetType, String targetId, String targetRegion,
                        String summary) {
        write(actor.username(), actor.role().name(), actor.regionCode(), actor.clientAddress(), action, "OK",
                targetType, targetId, targetRegion, summary);
    }

    /** An allowed action by someone who is not necessarily a portal user (a room terminal raising its hand). */
    public void control(String actor, String role, String region, String clientAddress, String action,
                        String targetType, String targetId, String targetRegion, String summary) {
        write(actor, role, region, clientAddress, action, "OK", targetType, targetId, targetRegion, summary);
    }

    public void denied(String actor, String role, String region, String clientAddress, String action,
                       String targetRegion, String reason) {
        write(actor, role, region, clientAddress, action, "DENIED", "REQUEST", null, targetRegion, reason);
    }

    private void write(String actor, String role, String region, String address, String action, String outcome,
                       String targetType, String targetId, String targetRegion, String summary) {
        String s = summary == null || summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY);
        jdbc.sql("""
                insert into audit_entry (at, actor, actor_role, actor_region, action, outcome, target_type, target_id,
                                         target_region, summary, client_address)
                values (:at, :actor, :role, :region, :action, :outcome, :type, :id, :targetRegion, :summary, :address)
                """)
                .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("role", role)
                .param("region", region).param("action", truncate(action, 40)).param("outcome", outcome)
                .param("type", targetType).param("id", targetId).param("targetRegion", targetRegion)
                .param("summary", s).param("address", truncate(address, 64))
                .update();
    }

    private static String truncate(String v, int max) {
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }

    /** Entries about the given region subtree (by target), newest first, optionally filtered. */
    public List<AuditEntry> find(AuditQuery query) {
        return jdbc.sql("""
                select * from audit_entry
                where (target_region like :prefix or (target_region is null and actor_region like :prefix))
                  and (cast(:actor as varchar) is null or actor = :actor)
                  and (cast(:action as varchar) is null or action like :action || '%')
                  and (cast(:from as timestamptz) is null or at >= :from)
                  and (cast(:to as timestamptz) is null or at < :to)
                order by at desc, id desc
                limit :limit offset :offset
                """)
                .param("prefix", query.regionPrefix() + "%").param("actor", query.actor())
                .param("action", query.action()).param("from", ts(query.from())).param("to", ts(query.to()))
                .param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("actor_role"), rs.getString("actor_region"),
                        rs.getString("action"), rs.getString("outcome"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("target_region"), rs.getString("summary"),
                        rs.getString("client_address")))
                .list();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    /** A page of the audit log below a region prefix. */
    public record AuditQuery(String regionPrefix, String actor, String action, Instant from, Instant to, int page,
                             int size) {
    }
}
