package cn.gov.egov.portal.learning.report;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import cn.gov.egov.portal.audit.PortalAuditLog;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * Who may read reports of which region (分级管理): region, course and system administrators, for the region their
 * role is bound to and everything below it. Every refusal is audited before it is thrown.
 */
@Component
public class ReportAccess {

    /** Course administrators are included: they publish the courses and exams the report measures (docs/reports.md). */
    public static final Set<Role> READERS = Set.of(Role.REGION_ADMIN, Role.COURSE_ADMIN, Role.SYSTEM_ADMIN);

    private final RegionTree regions;
    private final PortalAuditLog audit;

    public ReportAccess(RegionTree regions, PortalAuditLog audit) {
        this.regions = regions;
        this.audit = audit;
    }

    public static boolean mayRead(PortalUser user) {
        return user != null && user.enabled() && READERS.contains(user.role());
    }

    /**
     * The region to report on, after checking that {@code user} may read it.
     *
     * @throws AccessDeniedException (audited) for a role without reports or a region outside the user's subtree
     * @throws ReportException       for a region code that is not a region at all
     */
    public Region require(PortalUser user, String action, String regionCode) {
        if (!mayRead(user)) {
            audit.denied(user, action, "REPORT", regionCode, wellFormed(regionCode),
                    "role " + user.role() + " may not read reports");
            throw new AccessDeniedException("只有管理员可以查看学习统计");
        }
        if (!Region.isWellFormedCode(regionCode) || regions.find(regionCode).isEmpty()) {
            throw new ReportException("report-region-unknown", "没有这个行政区划：" + regionCode);
        }
        if (!regions.isWithin(regionCode, user.regionCode())) {
            audit.denied(user, action, "REPORT", regionCode, regionCode,
                    "outside the administrator's region " + user.regionCode());
            throw new AccessDeniedException("不能查看本地区以外的学习统计");
        }
        return regions.get(regionCode);
    }

    /** The regions the user may pick: their own and everything below it (empty for non-readers). */
    public List<Region> pickable(PortalUser user) {
        if (!mayRead(user) || regions.find(user.regionCode()).isEmpty()) {
            return List.of();
        }
        return regions.subtree(user.regionCode());
    }

    public RegionTree regions() {
        return regions;
    }

    private static String wellFormed(String code) {
        return Region.isWellFormedCode(code) ? code : null;
    }
}
