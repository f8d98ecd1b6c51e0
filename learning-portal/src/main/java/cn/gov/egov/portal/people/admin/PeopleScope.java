package cn.gov.egov.portal.people.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * Who may administer people where (分级管理): a region administrator or the system administrator, within the
 * region their role is bound to and below it. Every refusal is audited before it is thrown.
 */
@Component
public class PeopleScope {

    private final RegionTree regions;
    private final PeopleAudit audit;

    public PeopleScope(RegionTree regions, PeopleAudit audit) {
        this.regions = regions;
        this.audit = audit;
    }

    public static boolean isAdministrator(PortalUser user) {
        return user.role() == Role.REGION_ADMIN || user.role() == Role.SYSTEM_ADMIN;
    }

    /** Refuses (and audits) unless {@code actor} administers people at all. */
    public void requireAdministrator(PortalUser actor, String action) {
        if (!isAdministrator(actor)) {
            audit.denied(actor, action, null, actor.regionCode(), "role " + actor.role() + " may not manage people");
            throw new PeopleAccessDeniedException("只有区域管理员可以管理人员和单位");
        }
    }

    /** Refuses (and audits) unless {@code regionCode} is the actor's region or below it. */
    public void require(PortalUser actor, String action, String target, String regionCode) {
        requireAdministrator(actor, action);
        if (regionCode == null || regions.find(regionCode).isEmpty()
                || !regions.isWithin(regionCode, actor.regionCode())) {
            audit.denied(actor, action, target, regionCode, "outside the administrator's region "
                    + actor.regionCode());
            throw new PeopleAccessDeniedException("不能管理本地区以外的单位或人员");
        }
    }

    /** The region codes the actor administers: their region and everything below. */
    public List<String> codes(PortalUser actor) {
        return regions.subtree(actor.regionCode()).stream().map(Region::code).toList();
    }

    public RegionTree regions() {
        return regions;
    }
}
