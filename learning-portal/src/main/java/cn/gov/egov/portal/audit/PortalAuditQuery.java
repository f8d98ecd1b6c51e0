package cn.gov.egov.portal.audit;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import cn.gov.egov.portal.conference.ConferenceModels.AuditEntry;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.RegionTree;

/**
 * Reading the portal's audit log (审计日志, source 学习平台): region and system administrators, for their own region's
 * subtree only — checked here, on the server, whatever the page offered. A refused look is itself audited.
 * Entries come back in the shape of conference-server's entries so that one grid and one workbook show both logs.
 */
@Service
public class PortalAuditQuery {

    /** The filter that asks for refusals of any action rather than for an action prefix. */
    public static final String DENIED = "DENIED";

    private static final Set<Role> READERS = Set.of(Role.REGION_ADMIN, Role.SYSTEM_ADMIN);

    private final PortalAuditLog log;
    private final RegionTree regions;

    public PortalAuditQuery(PortalAuditLog log, RegionTree regions) {
        this.log = log;
        this.regions = regions;
    }

    /**
     * @param filter an action prefix such as {@code COURSE_}, {@link #DENIED} for refusals, or null for everything
     * @param actor  a user name, or null for everyone
     */
    public List<AuditEntry> find(PortalUser user, String regionCode, String actor, String filter, int offset,
                                 int limit) {
        if (!READERS.contains(user.role()) || !regions.isWithin(regionCode, user.regionCode())) {
            log.denied(user, "AUDIT_VIEW", "REGION", regionCode,
                    regions.find(regionCode).isPresent() ? regionCode : null,
                    "audit log of a region outside the user's");
            throw new AccessDeniedException("region " + regionCode + " is outside " + user.regionCode());
        }
        boolean deniedOnly = DENIED.equals(filter);
        String prefix = regions.get(regionCode).subtreePrefix();
        return log.search(prefix, blankToNull(actor), deniedOnly ? null : blankToNull(filter), deniedOnly, offset,
                        limit).stream()
                .map(e -> new AuditEntry(e.id(), e.at(), e.actor(), e.actorRole(), e.actorRegion(), e.action(),
                        e.outcome(), e.targetType(), e.targetId(), e.targetRegion(), e.summary(), null))
                .toList();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
