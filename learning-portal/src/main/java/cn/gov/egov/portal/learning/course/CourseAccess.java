package cn.gov.egov.portal.learning.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * Who may see and edit which course, as plain Java. Learners (and everyone else) see published courses owned by
 * their region or one of its ancestors; course administrators (and system administrators) edit courses owned by
 * their region's subtree (分级管理).
 */
public final class CourseAccess {

    static final Set<Role> MANAGERS = Set.of(Role.COURSE_ADMIN, Role.SYSTEM_ADMIN);

    private final RegionTree regions;

    public CourseAccess(RegionTree regions) {
        this.regions = regions;
    }

    public static boolean isManager(PortalUser user) {
        return MANAGERS.contains(user.role());
    }

    /** The user's region, then its ancestors up to the province: whose published courses the user sees. */
    public List<String> visibleRegions(PortalUser user) {
        List<String> codes = new ArrayList<>();
        codes.add(user.regionCode());
        if (regions.find(user.regionCode()).isPresent()) {
            regions.ancestors(user.regionCode()).stream().map(Region::code).forEach(codes::add);
        }
        return codes;
    }

    public boolean canSee(PortalUser user, Course course) {
        return course.published() && visibleRegions(user).contains(course.regionCode()) || canManage(user, course);
    }

    public boolean canManage(PortalUser user, Course course) {
        return canManageRegion(user, course.regionCode());
    }

    public boolean canManageRegion(PortalUser user, String regionCode) {
        return isManager(user) && regions.isWithin(regionCode, user.regionCode());
    }

    /** The code prefix of the user's subtree ({@code 5301} for 昆明市). */
    public String subtreePrefix(PortalUser user) {
        return regions.get(user.regionCode()).subtreePrefix();
    }

    public RegionTree regions() {
        return regions;
    }
}
