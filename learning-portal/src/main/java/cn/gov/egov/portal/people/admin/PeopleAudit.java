package cn.gov.egov.portal.people.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.security.PortalUser;

/**
 * Table {@code people_audit}: who changed which unit or person, and every refused attempt. A refusal is written in
 * its own transaction, so it stays even when the caller's transaction rolls back.
 */
@Repository
public class PeopleAudit {

    private static final Logger log = LoggerFactory.getLogger(PeopleAudit.class);

    public enum Outcome { OK, DENIED }

    public record Entry(Instant at, String actor, String actorRole, String action, String target, String regionCode,
                       Outcome outcome, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public PeopleAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change, in the caller's transaction (so a rolled-back change leaves no entry). */
    public void ok(PortalUser actor, String action, String target, String regionCode, String detail) {
        write(actor, action, target, regionCode, Outcome.OK, detail);
    }

    /** Records a refused attempt; kept whatever happens to the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(PortalUser actor, String action, String target, String regionCode, String detail) {
        log.warn("People administration refused: actor={} action={} target={} region={}", actor.username(), action,
                target, regionCode);
        write(actor, action, target, regionCode, Outcome.DENIED, detail);
    }

    private void write(PortalUser actor, String action, String target, String regionCode, Outcome outcome,
                       String detail) {
        jdbc.sql("""
                insert into people_audit (at, actor, actor_role, actor_region, action, target, region_code, outcome,
                    detail)
                values (:at, :actor, :role, :actorRegion, :action, :target, :region, :outcome, :detail)
                """).param("at", Timestamp.from(clock.instant())).param("actor", actor.username())
                .param("role", actor.role().name()).param("actorRegion", actor.regionCode())
                .param("action", action).param("target", cut(target, 200)).param("region", regionCode)
                .param("outcome", outcome.name()).param("detail", cut(detail, 1000)).update();
    }

    /** The newest entries within a region subtree (code prefix such as {@code 5301}), for tests and the views. */
    public List<Entry> recent(String regionPrefix, int limit) {
        return jdbc.sql("""
                select * from people_audit where region_code like :p or actor_region like :p
                order by id desc limit :n
                """).param("p", regionPrefix + "%").param("n", limit)
                .query((rs, i) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("actor_role"), rs.getString("action"), rs.getString("target"),
                        rs.getString("region_code"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("detail"))).list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
