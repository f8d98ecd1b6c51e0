package cn.gov.egov.portal.people.admin;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.audit.PortalAuditLog;
import cn.gov.egov.portal.security.PortalUser;

/**
 * People and organisation administration in the portal's one audit log ({@link PortalAuditLog}, table
 * {@code portal_audit_entry}): who changed which unit or person, and every refused attempt. The target (a username, a
 * unit path, "n people") is kept in full in the summary, its first 64 characters as the target id. A refusal is
 * written in its own transaction, so it stays even when the caller's transaction rolls back.
 */
@Repository
public class PeopleAudit {

    private static final Logger log = LoggerFactory.getLogger(PeopleAudit.class);
    private static final int TARGET_ID = 64;

    public enum Outcome { OK, DENIED }

    public record Entry(Instant at, String actor, String actorRole, String action, String target, String regionCode,
                       Outcome outcome, String detail) {
    }

    private final PortalAuditLog audit;
    private final JdbcClient jdbc;

    public PeopleAudit(PortalAuditLog audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Records a change, in the caller's transaction (so a rolled-back change leaves no entry). */
    public void ok(PortalUser actor, String action, String target, String regionCode, String detail) {
        audit.allowed(actor, action, targetType(action), cut(target), regionCode, summary(target, detail));
    }

    /** Records a refused attempt; kept whatever happens to the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(PortalUser actor, String action, String target, String regionCode, String detail) {
        log.warn("People administration refused: actor={} action={} target={} region={}", actor.username(), action,
                target, regionCode);
        audit.denied(actor, action, targetType(action), cut(target), regionCode, summary(target, detail));
    }

    /** The newest people entries about a region subtree (code prefix such as {@code 5301}) or by its administrators. */
    public List<Entry> recent(String regionPrefix, int limit) {
        return jdbc.sql("""
                select * from portal_audit_entry
                where target_type in ('PERSON', 'DEPARTMENT', 'ROSTER', 'PEOPLE')
                  and (target_region like :p or actor_region like :p)
                order by id desc limit :n
                """).param("p", regionPrefix + "%").param("n", limit)
                .query((rs, i) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("actor_role"), rs.getString("action"), rs.getString("target_id"),
                        rs.getString("target_region"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("summary"))).list();
    }

    private static String targetType(String action) {
        if (action.startsWith("USER_")) {
            return "PERSON";
        }
        if (action.startsWith("DEPARTMENT_")) {
            return "DEPARTMENT";
        }
        return action.startsWith("ROSTER_") ? "ROSTER" : "PEOPLE";
    }

    private static String summary(String target, String detail) {
        if (target == null) {
            return detail;
        }
        return detail == null ? target : target + " — " + detail;
    }

    private static String cut(String s) {
        return s == null || s.length() <= TARGET_ID ? s : s.substring(0, TARGET_ID);
    }
}
