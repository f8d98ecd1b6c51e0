package cn.gov.egov.portal.learning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.audit.PortalAuditLog;
import cn.gov.egov.portal.learning.vod.VodDraft;
import cn.gov.egov.portal.learning.vod.VodItem;
import cn.gov.egov.portal.learning.vod.VodLibrary;
import cn.gov.egov.portal.people.admin.OrgUnit;
import cn.gov.egov.portal.people.admin.OrgUnitRepository;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/** Course administration, the catalog and the VOD library through their services, on the real PostgreSQL. */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class CourseAdminTest {

    static final UUID COMPUTER = CourseRepositoryTest.COMPUTER;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired CourseAdmin admin;
    @Autowired LessonEditor lessons;
    @Autowired AssignmentEditor assignments;
    @Autowired CourseCatalog catalog;
    @Autowired VodLibrary vod;
    @Autowired CourseRepository courses;
    @Autowired PortalAuditLog audit;
    @Autowired UserRepository users;
    @Autowired JdbcClient jdbc;
    @Autowired OrgUnitRepository units;

    PortalUser kunming;
    PortalUser qujing;
    PortalUser learner;
    PortalUser qujingLearner;

    @BeforeEach
    void users() {
        kunming = user("km-course-admin", Role.COURSE_ADMIN, "530100");
        qujing = user("qj-course-admin", Role.COURSE_ADMIN, "530300");
        learner = users.findByUsername("learner").orElseThrow(); // 五华区 530102
        qujingLearner = user("qj-learner", Role.LEARNER, "530302");
    }

    PortalUser user(String name, Role role, String region) {
        return users.findByUsername(name).orElseGet(() -> {
            PortalUser u = new PortalUser(UUID.randomUUID(), name, name, null, "{noop}x", role, region, true);
            users.insert(u);
            return u;
        });
    }

    CourseDraft draft(String title) {
        return new CourseDraft(title, "简介", COMPUTER, CourseKind.REQUIRED, 2026, false);
    }

    List<PortalAuditLog.Entry> auditOf(UUID target) {
        return audit.find("53", null, 0, 500).stream().filter(e -> target.toString().equals(e.targetId())).toList();
    }

    @Test
    void anOverlongOrEmptyTitleIsRefusedAndNothingIsStored() {
        int before = admin.count(kunming, CatalogFilter.NONE);
        assertThatThrownBy(() -> admin.create(kunming, draft("长".repeat(201)), null))
                .isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("title-too-long");
        assertThatThrownBy(() -> admin.create(kunming, draft("   "), null))
                .isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("title-empty");
        assertThat(admin.count(kunming, CatalogFilter.NONE)).isEqualTo(before);
        Course c = admin.create(kunming, draft("标题正常"), null);
        assertThatThrownBy(() -> admin.update(kunming, c.id(), draft("")))
                .isInstanceOf(CourseException.class);
        assertThat(courses.find(c.id()).orElseThrow().title()).isEqualTo("标题正常"); // nothing lost
    }

    @Test
    void aCourseOfAnotherRegionIsRefusedAndTheRefusalAudited() {
        Course c = admin.create(kunming, draft("昆明的课程"), null);
        assertThatThrownBy(() -> admin.update(qujing, c.id(), draft("改掉")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.publish(qujing, c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.add(qujing, c.id(), new LessonDraft(LessonKind.EXAM, "考", null, null,
                UUID.randomUUID(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.create(qujing, draft("冒名"), "530100"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.update(learner, c.id(), draft("学员改")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(courses.find(c.id()).orElseThrow().title()).isEqualTo("昆明的课程");
        assertThat(auditOf(c.id())).extracting(PortalAuditLog.Entry::actor, PortalAuditLog.Entry::action,
                PortalAuditLog.Entry::outcome).contains(
                org.assertj.core.groups.Tuple.tuple("qj-course-admin", "COURSE_UPDATE", "DENIED"),
                org.assertj.core.groups.Tuple.tuple("qj-course-admin", "COURSE_PUBLISH", "DENIED"),
                org.assertj.core.groups.Tuple.tuple("qj-course-admin", "LESSON_ADD", "DENIED"),
                org.assertj.core.groups.Tuple.tuple("km-course-admin", "COURSE_CREATE", "OK"));
        // the province's administrator manages the whole province
        PortalUser province = users.findByUsername("course-admin").orElseThrow();
        assertThat(admin.update(province, c.id(), draft("省里改")).title()).isEqualTo("省里改");
    }

    @Test
    void publishingWithAnUntranscodedOrFailedVideoIsRefusedAndTheCourseStaysADraft() {
        Course c = admin.create(kunming, draft("视频课程"), null);
        UUID running = MediaFixtures.asset(jdbc, "530100", "RUNNING");
        UUID failed = MediaFixtures.asset(jdbc, "530100", "FAILED");
        UUID ok = MediaFixtures.asset(jdbc, "530100", "SUCCEEDED");
        assertThatThrownBy(() -> admin.publish(kunming, c.id())).isInstanceOf(PublishRefusedException.class)
                .hasMessageContaining("课程还没有课时");
        Lesson first = lessons.add(kunming, c.id(), new LessonDraft(LessonKind.VIDEO, "第一讲", ok, null, null, 600));
        Lesson second = lessons.add(kunming, c.id(), new LessonDraft(LessonKind.VIDEO, "第二讲", running, null, null,
                null));
        assertThatThrownBy(() -> admin.publish(kunming, c.id())).isInstanceOf(PublishRefusedException.class)
                .hasMessage("无法发布：第 2 课“第二讲”的视频尚未转码完成");
        assertThat(courses.find(c.id()).orElseThrow().status()).isEqualTo(CourseStatus.DRAFT);
        lessons.update(kunming, second.id(), new LessonDraft(LessonKind.VIDEO, "第二讲", failed, null, null, null));
        assertThatThrownBy(() -> admin.publish(kunming, c.id())).isInstanceOf(PublishRefusedException.class)
                .hasMessageContaining("转码失败").extracting(e -> ((CourseException) e).code())
                .isEqualTo("publish-video-failed");
        assertThat(courses.find(c.id()).orElseThrow().status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(lessons.lessons(kunming, c.id())).hasSize(2); // nothing else lost
        lessons.update(kunming, second.id(), new LessonDraft(LessonKind.VIDEO, "第二讲", ok, null, null, null));
        assertThat(admin.publish(kunming, c.id()).status()).isEqualTo(CourseStatus.PUBLISHED);
        // a published course's lessons stay put until it is unpublished
        assertThatThrownBy(() -> lessons.move(kunming, first.id(), 1)).isInstanceOf(CourseException.class)
                .extracting(e -> ((CourseException) e).code()).isEqualTo("course-published");
        assertThat(admin.unpublish(kunming, c.id()).status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(lessons.move(kunming, first.id(), 1)).extracting(Lesson::title, Lesson::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("第二讲", 1), org.assertj.core.groups.Tuple.tuple("第一讲", 2));
        assertThat(auditOf(c.id())).extracting(PortalAuditLog.Entry::action, PortalAuditLog.Entry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("COURSE_PUBLISH", "DENIED"),
                        org.assertj.core.groups.Tuple.tuple("COURSE_PUBLISH", "OK"),
                        org.assertj.core.groups.Tuple.tuple("COURSE_UNPUBLISH", "OK"),
                        org.assertj.core.groups.Tuple.tuple("LESSON_MOVE", "OK"));
    }

    @Test
    void aVideoOfAnotherRegionCannotBeAttached() {
        Course c = admin.create(kunming, draft("借用视频"), null);
        UUID qujingVideo = MediaFixtures.asset(jdbc, "530300", "SUCCEEDED");
        assertThatThrownBy(() -> lessons.add(kunming, c.id(), new LessonDraft(LessonKind.VIDEO, "别人的", qujingVideo,
                null, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(lessons.lessons(kunming, c.id())).isEmpty();
    }

    @Test
    void learnersSeePublishedCoursesOfTheirRegionAndItsAncestorsOnly() {
        UUID ok = MediaFixtures.asset(jdbc, "530000", "SUCCEEDED");
        PortalUser province = users.findByUsername("course-admin").orElseThrow();
        String tag = "可见" + UUID.randomUUID().toString().substring(0, 6);
        Course provinceCourse = publishedWithVideo(province, tag + "省", ok);
        Course kunmingDraft = admin.create(kunming, draft(tag + "昆明草稿"), null);
        Course qujingCourse = publishedWithVideo(qujing, tag + "曲靖", MediaFixtures.asset(jdbc, "530300",
                "SUCCEEDED"));
        CatalogFilter f = new CatalogFilter(tag, null, null, null, null, null);
        assertThat(catalog.search(learner, f, 0, 50)).extracting(Course::id).containsExactly(provinceCourse.id());
        assertThat(catalog.count(learner, f)).isEqualTo(1);
        assertThat(catalog.search(qujingLearner, f, 0, 50)).extracting(Course::id)
                .containsExactlyInAnyOrder(provinceCourse.id(), qujingCourse.id());
        assertThat(catalog.course(learner, qujingCourse.id())).isEmpty();
        assertThat(catalog.course(learner, kunmingDraft.id())).isEmpty();
        assertThat(catalog.lessons(learner, qujingCourse.id())).isEmpty();
        assertThat(catalog.lessons(learner, provinceCourse.id())).hasSize(1);
        assertThat(catalog.regions(learner)).containsExactly("530102", "530100", "530000");
    }

    Course publishedWithVideo(PortalUser owner, String title, UUID asset) {
        Course c = admin.create(owner, draft(title), null);
        lessons.add(owner, c.id(), new LessonDraft(LessonKind.VIDEO, "视频", asset, null, null, 1800));
        return admin.publish(owner, c.id());
    }

    @Test
    void departmentAndRankTargetsArePickedFromWhatExistsInsideTheCoursesRegion() {
        Course c = admin.create(kunming, draft("按部门和职级指派"), "530102");
        LocalDate deadline = LocalDate.now().plusMonths(1);
        OrgUnit office = unit("530102", "五华区财政局-" + UUID.randomUUID().toString().substring(0, 8));
        OrgUnit qujingOffice = unit("530302", "麒麟区财政局-" + UUID.randomUUID().toString().substring(0, 8));

        CourseAssignment byUnit = assignments.assign(kunming, c.id(), AssignmentTarget.DEPARTMENT,
                office.id().toString(), deadline);
        CourseAssignment byRank = assignments.assign(kunming, c.id(), AssignmentTarget.RANK, "STAFF_1", deadline);
        assertThat(assignments.describe(byUnit)).isEqualTo(office.path());
        assertThat(assignments.describe(byRank)).isEqualTo("一级科员");
        assertThat(assignments.departmentChoices(kunming, c.id())).extracting(OrgUnit::id)
                .contains(office.id()).doesNotContain(qujingOffice.id());
        assertThat(assignments.regionChoices(kunming, c.id())).extracting(r -> r.code()).containsExactly("530102");

        assertThatThrownBy(() -> assignments.assign(kunming, c.id(), AssignmentTarget.RANK, "科员", deadline))
                .isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("assignment-rank-bad");
        assertThatThrownBy(() -> assignments.assign(kunming, c.id(), AssignmentTarget.DEPARTMENT, "not-a-unit",
                deadline)).isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("assignment-department-bad");
        assertThatThrownBy(() -> assignments.assign(kunming, c.id(), AssignmentTarget.DEPARTMENT,
                qujingOffice.id().toString(), deadline)).isInstanceOf(AccessDeniedException.class);
        // inside the administrator's subtree but outside the course's region: nobody bound could see the course
        assertThatThrownBy(() -> assignments.assign(kunming, c.id(), AssignmentTarget.REGION, "530103", deadline))
                .isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("assignment-outside-course");
        assertThat(assignments.assignments(kunming, c.id())).extracting(CourseAssignment::id)
                .containsExactlyInAnyOrder(byUnit.id(), byRank.id()); // nothing else stored
        assertThat(auditOf(c.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ASSIGNMENT_ADD");
            assertThat(e.outcome()).isEqualTo("DENIED");
        });
    }

    OrgUnit unit(String region, String name) {
        OrgUnit u = new OrgUnit(UUID.randomUUID(), region, null, name, name, 1, true);
        units.insert(u, java.time.Instant.now());
        return u;
    }

    @Test
    void requiredCoursesAreAssignedWithADeadlineInsideTheAdministratorsSubtree() {
        Course c = admin.create(kunming, draft("必修指派"), null);
        LocalDate deadline = LocalDate.now().plusMonths(2);
        CourseAssignment a = assignments.assign(kunming, c.id(), AssignmentTarget.REGION, "530102", deadline);
        assertThat(assignments.assignments(kunming, c.id())).extracting(CourseAssignment::id).containsExactly(a.id());
        assertThatThrownBy(() -> assignments.assign(kunming, c.id(), AssignmentTarget.REGION, "530302", deadline))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.assign(kunming, c.id(), AssignmentTarget.RANK, "科员",
                LocalDate.now().minusDays(2))).isInstanceOf(CourseException.class);
        assertThatThrownBy(() -> assignments.assign(kunming, c.id(), AssignmentTarget.REGION, "530102", deadline))
                .isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("assignment-duplicate");
        Course elective = admin.create(kunming, new CourseDraft("选修", "", COMPUTER, CourseKind.ELECTIVE, 2026,
                false), null);
        assertThatThrownBy(() -> assignments.assign(kunming, elective.id(), AssignmentTarget.RANK, "科员", deadline))
                .isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("assignment-not-required");
        assignments.remove(kunming, a.id());
        assertThat(assignments.assignments(kunming, c.id())).isEmpty();
    }

    @Test
    void aVodItemIsNotVisibleOutsideItsRegionNorBelowItsAudience() {
        UUID asset = MediaFixtures.asset(jdbc, "530100", "SUCCEEDED");
        String tag = "点播" + UUID.randomUUID().toString().substring(0, 6);
        VodItem news = vod.create(kunming, new VodDraft(tag + "新闻", "会议录像", asset, "新闻", "会议", Role.LEARNER,
                true));
        VodItem internal = vod.create(kunming, new VodDraft(tag + "内部", "", asset, "", "", Role.COURSE_ADMIN, true));
        assertThat(vod.browse(learner, tag, 0, 10)).extracting(VodItem::id).containsExactly(news.id());
        assertThat(vod.count(learner, tag)).isEqualTo(1);
        assertThat(vod.browse(qujingLearner, tag, 0, 10)).isEmpty();
        assertThat(vod.item(qujingLearner, news.id())).isEmpty();
        assertThat(vod.item(learner, internal.id())).isEmpty();
        assertThat(vod.item(learner, news.id())).isPresent();
        assertThat(vod.browse(kunming, tag, 0, 10)).hasSize(2);
        assertThatThrownBy(() -> vod.update(qujing, news.id(), new VodDraft("改", "", asset, "", "", Role.LEARNER,
                true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vod.create(learner, new VodDraft("学员", "", asset, "", "", Role.LEARNER, true)))
                .isInstanceOf(AccessDeniedException.class);
        UUID running = MediaFixtures.asset(jdbc, "530100", "RUNNING");
        assertThatThrownBy(() -> vod.create(kunming, new VodDraft("未转码", "", running, "", "", Role.LEARNER, true)))
                .isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("vod-video-not-ready");
        assertThat(auditOf(news.id())).extracting(PortalAuditLog.Entry::actor, PortalAuditLog.Entry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("km-course-admin", "OK"),
                        org.assertj.core.groups.Tuple.tuple("qj-course-admin", "DENIED"));
    }

    @Test
    void onlyProvinceAdministratorsAddCategories() {
        PortalUser province = users.findByUsername("course-admin").orElseThrow();
        String name = "党史" + UUID.randomUUID().toString().substring(0, 4);
        assertThat(admin.addCategory(province, name).name()).isEqualTo(name);
        assertThat(admin.categories()).extracting(CourseCategory::name).contains(name);
        assertThatThrownBy(() -> admin.addCategory(province, name)).isInstanceOf(CourseException.class);
        assertThatThrownBy(() -> admin.addCategory(kunming, "市里的")).isInstanceOf(AccessDeniedException.class);
    }
}
