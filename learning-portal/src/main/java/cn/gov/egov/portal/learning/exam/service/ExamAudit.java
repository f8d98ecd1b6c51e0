package cn.gov.egov.portal.learning.exam.service;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.audit.PortalAuditLog;
import cn.gov.egov.portal.security.PortalUser;

/**
 * The exam feature's administrative actions in the portal's audit log ({@link PortalAuditLog}). Allowed actions join
 * the caller's transaction (no action without its entry); refusals are written in a transaction of their own, so
 * they stay when the refused work rolls back.
 */
@Component
public class ExamAudit {

    private final PortalAuditLog log;

    public ExamAudit(PortalAuditLog log) {
        this.log = log;
    }

    public void allowed(PortalUser actor, String action, String targetType, String targetId, String targetRegion,
                        String summary) {
        log.allowed(actor, action, targetType, targetId, targetRegion, summary);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(PortalUser actor, String action, String targetType, String targetId, String targetRegion,
                       String reason) {
        log.denied(actor, action, targetType, targetId, targetRegion, reason);
    }
}
