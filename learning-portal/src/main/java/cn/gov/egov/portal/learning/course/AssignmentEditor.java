package cn.gov.egov.portal.learning.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.security.PortalUser;

/**
 * Required-course assignment (必修指派) to a region subtree, a department or a rank, with a deadline. Only
 * required courses are assigned; a region target must lie in the administrator's subtree. Checked and audited.
 */
@Service
public class AssignmentEditor {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AssignmentRepository assignments;
    private final CourseGuard guard;
    private final Clock clock;

    public AssignmentEditor(AssignmentRepository assignments, CourseGuard guard, Clock clock) {
        this.assignments = assignments;
        this.guard = guard;
        this.clock = clock;
    }

    public List<CourseAssignment> assignments(PortalUser user, UUID courseId) {
        guard.managed(user, courseId, "COURSE_VIEW");
        return assignments.ofCourse(courseId);
    }

    public CourseAssignment assign(PortalUser user, UUID courseId, AssignmentTarget target, String value,
                                   LocalDate deadline) {
        Course c = guard.managed(user, courseId, "ASSIGNMENT_ADD");
        if (c.kind() != CourseKind.REQUIRED) {
            throw new CourseException("assignment-not-required", "只有必修课程可以指派");
        }
        if (target == null) {
            throw new CourseException("assignment-target-missing", "请选择指派对象");
        }
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > 64) {
            throw new CourseException("assignment-value-bad", "请填写指派对象");
        }
        if (deadline == null || deadline.isBefore(LocalDate.now(clock.withZone(CHINA)))) {
            throw new CourseException("assignment-deadline-bad", "截止日期不能早于今天");
        }
        if (target == AssignmentTarget.REGION && !guard.access().canManageRegion(user, v)) {
            throw guard.deny(user, "ASSIGNMENT_ADD", "COURSE", courseId, v, "不能指派给其他区域：" + v);
        }
        CourseAssignment a = new CourseAssignment(UUID.randomUUID(), courseId, target, v, deadline, user.username(),
                clock.instant());
        guard.audited(user, "ASSIGNMENT_ADD", "COURSE", courseId, c.regionCode(),
                target + " " + v + " " + deadline, () -> assignments.insert(a));
        return a;
    }

    public void remove(PortalUser user, UUID assignmentId) {
        CourseAssignment a = assignments.find(assignmentId)
                .orElseThrow(() -> new CourseException("assignment-missing", "指派不存在"));
        Course c = guard.managed(user, a.courseId(), "ASSIGNMENT_REMOVE");
        guard.audited(user, "ASSIGNMENT_REMOVE", "COURSE", c.id(), c.regionCode(),
                a.targetType() + " " + a.targetValue(), () -> assignments.delete(assignmentId));
    }
}
