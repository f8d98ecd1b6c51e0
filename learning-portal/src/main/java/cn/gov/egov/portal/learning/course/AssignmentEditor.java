package cn.gov.egov.portal.learning.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.people.Rank;
import cn.gov.egov.portal.people.admin.OrgUnit;
import cn.gov.egov.portal.people.admin.OrgUnitRepository;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;

/**
 * Required-course assignment (必修指派) to a region subtree, a department (with its sub-units) or a rank, with a
 * deadline. Only required courses are assigned. A region or department target must lie in the administrator's
 * subtree and in the course's (learners elsewhere cannot see the course); a rank is one of {@link Rank}'s codes and
 * binds the learners of that rank who can see the course. Who is bound in the end is the database view
 * {@code required_course_status} (V26). Checked and audited.
 */
@Service
public class AssignmentEditor {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AssignmentRepository assignments;
    private final CourseGuard guard;
    private final OrgUnitRepository units;
    private final Clock clock;

    public AssignmentEditor(AssignmentRepository assignments, CourseGuard guard, OrgUnitRepository units,
                            Clock clock) {
        this.assignments = assignments;
        this.guard = guard;
        this.units = units;
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
        checkTarget(user, c, target, v);
        CourseAssignment a = new CourseAssignment(UUID.randomUUID(), courseId, target, v, deadline, user.username(),
                clock.instant());
        guard.audited(user, "ASSIGNMENT_ADD", "COURSE", courseId, c.regionCode(),
                target + " " + v + " " + deadline, () -> assignments.insert(a));
        return a;
    }

    /** The regions a course's assignment may target: the course's region and everything below it. */
    public List<Region> regionChoices(PortalUser user, UUID courseId) {
        Course c = guard.managed(user, courseId, "COURSE_VIEW");
        return guard.access().regions().subtree(c.regionCode());
    }

    /** The active units a course's assignment may target: those of the course's region subtree. */
    public List<OrgUnit> departmentChoices(PortalUser user, UUID courseId) {
        return units.inRegions(regionChoices(user, courseId).stream().map(Region::code).toList()).stream()
                .filter(OrgUnit::active).toList();
    }

    /** What an assignment's target is, for people: 云南省 / 昆明市, 五华区财政局/办公室, 一级科员. */
    public String describe(CourseAssignment a) {
        return switch (a.targetType()) {
            case REGION -> guard.access().regions().find(a.targetValue())
                    .map(r -> guard.access().regions().path(r.code())).orElse(a.targetValue());
            case DEPARTMENT -> unit(a.targetValue()).map(OrgUnit::path).orElse(a.targetValue());
            case RANK -> rank(a.targetValue()).map(Rank::label).orElse(a.targetValue());
        };
    }

    private void checkTarget(PortalUser user, Course c, AssignmentTarget target, String v) {
        String region = switch (target) {
            case REGION -> v;
            case DEPARTMENT -> unit(v).filter(OrgUnit::active).map(OrgUnit::regionCode).orElseThrow(
                    () -> new CourseException("assignment-department-bad", "部门不存在或已停用"));
            case RANK -> {
                rank(v).orElseThrow(() -> new CourseException("assignment-rank-bad", "职级不存在：" + v));
                yield null;
            }
        };
        if (region == null) {
            return;
        }
        if (!guard.access().canManageRegion(user, region)) {
            throw guard.deny(user, "ASSIGNMENT_ADD", "COURSE", c.id(),
                    guard.access().regions().find(region).isPresent() ? region : null, "不能指派给其他区域：" + v);
        }
        if (!guard.access().regions().isWithin(region, c.regionCode())) {
            throw new CourseException("assignment-outside-course", "指派对象不在课程所属区域内，学员看不到该课程");
        }
    }

    private Optional<OrgUnit> unit(String id) {
        try {
            return units.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Rank> rank(String code) {
        try {
            return Optional.of(Rank.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void remove(PortalUser user, UUID assignmentId) {
        CourseAssignment a = assignments.find(assignmentId)
                .orElseThrow(() -> new CourseException("assignment-missing", "指派不存在"));
        Course c = guard.managed(user, a.courseId(), "ASSIGNMENT_REMOVE");
        guard.audited(user, "ASSIGNMENT_REMOVE", "COURSE", c.id(), c.regionCode(),
                a.targetType() + " " + a.targetValue(), () -> assignments.delete(assignmentId));
    }
}
