package cn.gov.egov.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.gov.egov.portal.security.PortalUser;

/**
 * Append-only record of the portal's own administrative actions (courses, VOD, exams, people), in table
 * {@code portal.portal_audit_entry}, shaped like conference-server's audit log. As there: allowed actions are
 * written in the caller's transaction (no action without its entry); refusals on their own, after the refused
 * work is gone.
 */
@Service
public class PortalAuditLog {

    private static final int MAX_SUMMARY = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public PortalAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One audit entry as stored. */
    public record Entry(long id, Instant at, String actor, String actorRole, String actorRegion, String action,
                        String outcome, String targetType, String targetId, String targetRegion, String summary) {
    }

    public void allowed(PortalUser user, String action, String targetType, Object targetId, String targetRegion,
                        String summary) {
        write(user, action, "OK", targetType, targetId, targetRegion, summary);
    }

    public void denied(PortalUser user, String action, String targetType, Object targetId, String targetRegion,
                       String reason) {
        write(user, action, "DENIED", targetType, targetId, targetRegion, reason);
    }

    private void write(PortalUser user, String action, String outcome, String targetType, Object targetId,
                       String targetRegion, String summary) {
        jdbc.sql("""
                insert into portal_audit_entry (at, actor, actor_role, actor_region, action, outcome, target_type,
                    target_id, target_region, summary)
                values (:at, :actor, :role, :region, :action, :outcome, :type, :id, :targetRegion, :summary)
                """).param("at", Timestamp.from(clock.instant())).param("actor", user.username())
                .param("role", user.role().name()).param("region", user.regionCode())
                .param("action", cut(action, 40)).param("outcome", outcome).param("type", cut(targetType, 20))
                .param("id", targetId == null ? null : cut(targetId.toString(), 64))
                .param("targetRegion", targetRegion).param("summary", cut(summary, MAX_SUMMARY)).update();
    }

    /** Entries about the region subtree with this prefix, newest first (by target, or by actor when untargeted). */
    public List<Entry> find(String subtreePrefix, String action, int offset, int limit) {
        return search(subtreePrefix, null, action, false, offset, limit);
    }

    /**
     * As {@link #find}, narrowed to one actor's user name (exact) and, when {@code deniedOnly}, to refusals.
     * Checking that the asker may see the subtree is {@link PortalAuditQuery}'s job.
     */
    public List<Entry> search(String subtreePrefix, String actor, String action, boolean deniedOnly, int offset,
                              int limit) {
        return jdbc.sql("""
                select * from portal_audit_entry
                where (target_region like :prefix or (target_region is null and actor_region like :prefix))
                  and (cast(:action as varchar) is null or action like :action || '%')
                  and (cast(:actor as varchar) is null or actor = :actor)
                  and (not :deniedOnly or outcome = 'DENIED')
                order by at desc, id desc limit :limit offset :offset
                """).param("prefix", subtreePrefix + "%").param("action", action).param("actor", actor)
                .param("deniedOnly", deniedOnly).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("actor_role"), rs.getString("actor_region"), rs.getString("action"),
                        rs.getString("outcome"), rs.getString("target_type"), rs.getString("target_id"),
                        rs.getString("target_region"), rs.getString("summary")))
                .list();
    }

    private static String cut(String v, int max) {
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }
}
