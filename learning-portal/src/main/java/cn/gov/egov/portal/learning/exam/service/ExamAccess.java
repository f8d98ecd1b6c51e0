package cn.gov.egov.portal.learning.exam.service;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import cn.gov.egov.portal.learning.hours.RegionCodes;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.RegionTree;

/**
 * Who may do what with exams, checked on the server for every call. Course and system administrators manage the
 * banks and exams of their region's subtree; anyone signed in sits the exams of their own region and its ancestors
 * (a province's exam is for the whole province). Refusals are audited.
 */
@Component
public class ExamAccess {

    private static final Set<Role> MANAGERS = Set.of(Role.COURSE_ADMIN, Role.SYSTEM_ADMIN);

    private final RegionTree regions;
    private final ExamAudit audit;

    public ExamAccess(RegionTree regions, ExamAudit audit) {
        this.regions = regions;
        this.audit = audit;
    }

    public boolean isManager(PortalUser user) {
        return MANAGERS.contains(user.role());
    }

    /** The user manages exams at all (any region). */
    public void requireManager(PortalUser user, String action) {
        if (!isManager(user)) {
            audit.denied(user, action, "EXAM", null, user.regionCode(), "role " + user.role() + " manages no exams");
            throw new AccessDeniedException("only course administrators manage exams");
        }
    }

    /** The user manages the bank or exam of {@code region}: a manager whose region contains it. */
    public void requireManages(PortalUser user, String region, String action, String targetType, String targetId) {
        requireManager(user, action);
        if (!regions.isWithin(region, user.regionCode())) {
            audit.denied(user, action, targetType, targetId, region, "outside the administrator's region");
            throw new AccessDeniedException("the exam or question belongs to another region");
        }
    }

    /** The user may sit an exam of {@code examRegion}: their region lies in it. */
    public void requireMaySit(PortalUser user, String examRegion, String examId) {
        if (!regions.isWithin(user.regionCode(), examRegion)) {
            audit.denied(user, "EXAM_SIT", "EXAM", examId, examRegion, "exam of another region");
            throw new AccessDeniedException("the exam is not for this user's region");
        }
    }

    /** The user's region and its ancestors, nearest first: the regions whose exams they sit. */
    public List<String> sittingRegions(PortalUser user) {
        return RegionCodes.fallbackChain(user.regionCode());
    }

    /** {@code 5301%} for a prefecture: the code prefix of the user's subtree. */
    public String subtreePrefix(PortalUser user) {
        return regions.get(user.regionCode()).subtreePrefix() + "%";
    }
}
