package cn.gov.egov.conference.authority;

import java.util.Collection;
import java.util.List;

import cn.gov.egov.region.RegionTree;

/**
 * Tiered management (分级管理) as one rule: region and system administrators act on their own region and
 * everything below it; nobody else administers anything. Plain Java over the in-memory region tree.
 */
public final class Authority {

    private final RegionTree regions;

    public Authority(RegionTree regions) {
        this.regions = regions;
    }

    public boolean canManage(Actor actor, String regionCode) {
        return actor != null && actor.isAdministrator() && regionCode != null
                && regions.isWithin(regionCode, actor.regionCode());
    }

    /** Throws {@link ForbiddenException} unless the actor may manage every one of the regions. */
    public void requireManage(Actor actor, Collection<String> regionCodes) {
        for (String code : regionCodes) {
            if (!canManage(actor, code)) {
                throw new ForbiddenException(actor == null || !actor.isAdministrator()
                        ? "only region or system administrators may do this"
                        : "region " + code + " is outside your region " + actor.regionCode(), code);
            }
        }
    }

    public void requireManage(Actor actor, String regionCode) {
        requireManage(actor, List.of(regionCode));
    }

    /** Throws {@link ForbiddenException} unless the region is the actor's own or below it (for reads). */
    public void requireVisible(Actor actor, String regionCode) {
        if (actor == null || !regions.isWithin(regionCode, actor.regionCode())) {
            throw new ForbiddenException("region " + regionCode + " is outside your region "
                    + (actor == null ? "" : actor.regionCode()), regionCode);
        }
    }
}
