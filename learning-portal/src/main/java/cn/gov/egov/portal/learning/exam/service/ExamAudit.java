package cn.gov.egov.portal.learning.exam.service;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.security.PortalUser;

/**
 * Writes the exam feature's administrative actions to the portal's audit log ({@code portal_audit_entry}, the same
 * shape as conference-server's). Allowed actions join the caller's transaction (no action without its entry);
 * refusals are written in a transaction of their own, so they stay when the refused work rolls back.
 */
@Component
public class ExamAudit {

    private static final int MAX_SUMMARY = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public ExamAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void allowed(PortalUser actor, String action, String targetType, String targetId, String targetRegion,
                        String summary) {
        write(actor, action, "OK", targetType, targetId, targetRegion, summary);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(PortalUser actor, String action, String targetType, String targetId, String targetRegion,
                       String reason) {
        write(actor, action, "DENIED", targetType, targetId, targetRegion, reason);
    }

    private void write(PortalUser actor, String action, String outcome, String targetType, String targetId,
                       String targetRegion, String summary) {
        String s = summary == null || summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY);
        jdbc.sql("""
                insert into portal_audit_entry (at, actor, actor_role, actor_region, action, outcome, target_type,
                                                target_id, target_region, summary)
                values (:at, :actor, :role, :region, :action, :outcome, :type, :id, :targetRegion, :summary)
                """).param("at", Timestamp.from(clock.instant())).param("actor", actor.username())
                .param("role", actor.role().name()).param("region", actor.regionCode()).param("action", action)
                .param("outcome", outcome).param("type", targetType).param("id", targetId)
                .param("targetRegion", targetRegion).param("summary", s).update();
    }
}
