package cn.gov.egov.conference.audit;

import java.time.Instant;

/** One administrative action, allowed or refused: who, as what, where from, did what to what. */
public record AuditEntry(long id, Instant at, String actor, String actorRole, String actorRegion, String action,
                         String outcome, String targetType, String targetId, String targetRegion, String summary,
                         String clientAddress) {
}
