package cn.gov.egov.portal.learning.course;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.egov.portal.audit.PortalAuditLog;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/**
 * The server-side check in front of every course administration action: the course exists and the user manages
 * its region, or the refusal is audited and an {@link AccessDeniedException} thrown. Allowed work runs in one
 * transaction together with its audit entry.
 */
@Component
public class CourseGuard {

    private final CourseRepository courses;
    private final PortalAuditLog audit;
    private final CourseAccess access;
    private final TransactionTemplate tx;

    public CourseGuard(CourseRepository courses, PortalAuditLog audit, RegionTree regions,
                       PlatformTransactionManager transactions) {
        this.courses = courses;
        this.audit = audit;
        this.access = new CourseAccess(regions);
        this.tx = new TransactionTemplate(transactions);
    }

    public CourseAccess access() {
        return access;
    }

    public PortalAuditLog audit() {
        return audit;
    }

    /** The course, when {@code user} manages it; otherwise the refusal is audited and access denied. */
    public Course managed(PortalUser user, UUID courseId, String action) {
        requireManager(user, action);
        Course course = courses.find(courseId)
                .orElseThrow(() -> new CourseException("course-missing", "课程不存在"));
        if (!access.canManage(user, course)) {
            deny(user, action, "COURSE", courseId, course.regionCode(), "课程属于其他区域：" + course.regionCode());
        }
        return course;
    }

    /** Throws unless the user is a course administrator at all (audited). */
    public void requireManager(PortalUser user, String action) {
        if (!CourseAccess.isManager(user)) {
            deny(user, action, "COURSE", null, null, "只有课程管理员可以管理课程");
        }
    }

    /** Audits the refusal and throws. */
    public AccessDeniedException deny(PortalUser user, String action, String targetType, Object targetId,
                                      String targetRegion, String reason) {
        audit.denied(user, action, targetType, targetId, targetRegion, reason);
        throw new AccessDeniedException(reason);
    }

    /** Runs the allowed work and writes its audit entry in one transaction. */
    public <T> T audited(PortalUser user, String action, String targetType, Object targetId, String targetRegion,
                         String summary, Supplier<T> work) {
        return tx.execute(status -> {
            T result = work.get();
            audit.allowed(user, action, targetType, targetId, targetRegion, summary);
            return result;
        });
    }

    public void audited(PortalUser user, String action, String targetType, Object targetId, String targetRegion,
                        String summary, Runnable work) {
        audited(user, action, targetType, targetId, targetRegion, summary, () -> {
            work.run();
            return null;
        });
    }
}
