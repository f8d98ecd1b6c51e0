package cn.gov.egov.portal.learning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.vod.VodItem;
import cn.gov.egov.portal.learning.vod.VodRepository;
import cn.gov.egov.portal.security.Role;

/** The course, lesson, assignment and VOD tables through their repositories, on the real PostgreSQL. */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class CourseRepositoryTest {

    static final UUID COMPUTER = UUID.fromString("00000000-0000-4000-8000-000000000c01");
    static final UUID LAW = UUID.fromString("00000000-0000-4000-8000-000000000c03");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired CourseRepository courses;
    @Autowired LessonRepository lessons;
    @Autowired CategoryRepository categories;
    @Autowired AssignmentRepository assignments;
    @Autowired VodRepository vod;
    @Autowired JdbcClient jdbc;

    static Course course(String title, UUID category, CourseKind kind, int year, String region, CourseStatus status) {
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        return new Course(UUID.randomUUID(), title, "摘要 " + title, category, null, kind, year, region, status, false,
                "test", now, now, status == CourseStatus.PUBLISHED ? now : null);
    }

    @Test
    void seededCategoriesComeInOrder() {
        assertThat(categories.active()).extracting(CourseCategory::name).startsWith("计算机知识", "业务技能", "法律法规");
    }

    @Test
    void aCourseRoundTripsAndItsFieldsUpdate() {
        Course c = course("网络安全基础", COMPUTER, CourseKind.REQUIRED, 2026, "530000", CourseStatus.DRAFT);
        courses.insert(c);
        Course read = courses.find(c.id()).orElseThrow();
        assertThat(read.title()).isEqualTo("网络安全基础");
        assertThat(read.categoryName()).isEqualTo("计算机知识");
        assertThat(read.seekBeyondWatched()).isFalse();
        courses.update(c.id(), new CourseDraft("新标题", "新摘要", LAW, CourseKind.ELECTIVE, 2025, true),
                Instant.parse("2026-03-02T00:00:00Z"));
        read = courses.find(c.id()).orElseThrow();
        assertThat(read).extracting(Course::title, Course::categoryName, Course::kind, Course::year,
                Course::seekBeyondWatched).containsExactly("新标题", "法律法规", CourseKind.ELECTIVE, 2025, true);
        courses.setStatus(c.id(), CourseStatus.PUBLISHED, Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(courses.find(c.id()).orElseThrow().publishedAt()).isEqualTo("2026-03-03T00:00:00Z");
    }

    @Test
    void theDatabaseRefusesAnOverlongOrEmptyTitleEvenPastTheService() {
        assertThatThrownBy(() -> courses.insert(course("长".repeat(201), COMPUTER, CourseKind.REQUIRED, 2026,
                "530000", CourseStatus.DRAFT))).isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThatThrownBy(() -> courses.insert(course("  ", COMPUTER, CourseKind.REQUIRED, 2026,
                "530000", CourseStatus.DRAFT))).isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void catalogFiltersByScopeTextCategoryKindYearAndRegion() {
        String tag = "筛选" + UUID.randomUUID().toString().substring(0, 6);
        courses.insert(course(tag + "省级必修", COMPUTER, CourseKind.REQUIRED, 2026, "530000", CourseStatus.PUBLISHED));
        courses.insert(course(tag + "市级选修", LAW, CourseKind.ELECTIVE, 2025, "530100", CourseStatus.PUBLISHED));
        courses.insert(course(tag + "草稿", LAW, CourseKind.ELECTIVE, 2025, "530100", CourseStatus.DRAFT));
        courses.insert(course(tag + "曲靖", LAW, CourseKind.ELECTIVE, 2025, "530300", CourseStatus.PUBLISHED));
        CatalogScope learner = new CatalogScope.Published(List.of("530102", "530100", "530000"));
        CatalogFilter text = new CatalogFilter(tag, null, null, null, null, null);
        assertThat(courses.search(learner, text, 0, 50)).extracting(Course::title)
                .containsExactlyInAnyOrder(tag + "省级必修", tag + "市级选修");
        assertThat(courses.count(learner, text)).isEqualTo(2);
        assertThat(courses.search(learner, new CatalogFilter(tag, LAW, null, null, null, null), 0, 50))
                .extracting(Course::title).containsExactly(tag + "市级选修");
        assertThat(courses.search(learner, new CatalogFilter(tag, null, CourseKind.REQUIRED, null, null, null), 0, 50))
                .extracting(Course::title).containsExactly(tag + "省级必修");
        assertThat(courses.count(learner, new CatalogFilter(tag, null, null, 2025, null, null))).isEqualTo(1);
        assertThat(courses.count(learner, new CatalogFilter(tag, null, null, null, "530000", null))).isEqualTo(1);
        // an administrator of Kunming sees the draft too, not Qujing's course nor the province's
        assertThat(courses.search(new CatalogScope.Managed("5301"), text, 0, 50)).extracting(Course::title)
                .containsExactlyInAnyOrder(tag + "市级选修", tag + "草稿");
        // LIKE wildcards typed by a user are literal text
        assertThat(courses.count(learner, new CatalogFilter("%", null, null, null, null, null))).isZero();
    }

    @Test
    void lessonsKeepPositionsWithoutGapsAndRefuseADuplicatePosition() {
        Course c = course("课时顺序", COMPUTER, CourseKind.REQUIRED, 2026, "530000", CourseStatus.DRAFT);
        courses.insert(c);
        UUID exam = UUID.randomUUID();
        Lesson a = new Lesson(UUID.randomUUID(), c.id(), 1, LessonKind.DOCUMENT, "一", null, "docs/a.pdf", null, 60);
        Lesson b = new Lesson(UUID.randomUUID(), c.id(), 2, LessonKind.EXAM, "二", null, null, exam, null);
        Lesson d = new Lesson(UUID.randomUUID(), c.id(), 3, LessonKind.DOCUMENT, "三", null, "docs/c.pdf", null, null);
        lessons.insert(a);
        lessons.insert(b);
        lessons.insert(d);
        assertThat(lessons.nextPosition(c.id())).isEqualTo(4);
        Lesson clash = new Lesson(UUID.randomUUID(), c.id(), 2, LessonKind.DOCUMENT, "重复", null, "x.pdf", null, null);
        assertThatThrownBy(() -> lessons.insert(clash)).isInstanceOf(CourseException.class)
                .extracting(e -> ((CourseException) e).code()).isEqualTo("lesson-position-duplicate");
        assertThat(lessons.ofCourse(c.id())).hasSize(3); // nothing lost

        lessons.swap(a, b);
        assertThat(lessons.ofCourse(c.id())).extracting(Lesson::title).containsExactly("二", "一", "三");
        lessons.delete(lessons.find(b.id()).orElseThrow());
        List<Lesson> left = lessons.ofCourse(c.id());
        assertThat(left).extracting(Lesson::title, Lesson::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("一", 1), org.assertj.core.groups.Tuple.tuple("三", 2));
        LessonOrder.check(left);
        assertThat(left.getFirst().durationSeconds()).isEqualTo(60);
        assertThat(left.get(1).durationSeconds()).isNull();
    }

    @Test
    void aLessonsContentMustMatchItsKind() {
        Course c = course("内容", COMPUTER, CourseKind.REQUIRED, 2026, "530000", CourseStatus.DRAFT);
        courses.insert(c);
        assertThatThrownBy(() -> lessons.insert(new Lesson(UUID.randomUUID(), c.id(), 1, LessonKind.EXAM, "考",
                null, "doc.pdf", UUID.randomUUID(), null)))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void assignmentsRoundTripAndTheSameTargetTwiceIsRefused() {
        Course c = course("指派", COMPUTER, CourseKind.REQUIRED, 2026, "530000", CourseStatus.PUBLISHED);
        courses.insert(c);
        CourseAssignment a = new CourseAssignment(UUID.randomUUID(), c.id(), AssignmentTarget.REGION, "530100",
                LocalDate.of(2026, 6, 30), "test", Instant.now());
        assignments.insert(a);
        assertThatThrownBy(() -> assignments.insert(new CourseAssignment(UUID.randomUUID(), c.id(),
                AssignmentTarget.REGION, "530100", LocalDate.of(2026, 7, 1), "test", Instant.now())))
                .isInstanceOf(CourseException.class);
        assertThat(assignments.ofCourse(c.id())).singleElement().extracting(CourseAssignment::deadline)
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(assignments.toRegions(List.of("530102", "530100"))).extracting(CourseAssignment::id)
                .contains(a.id());
        assignments.delete(a.id());
        assertThat(assignments.ofCourse(c.id())).isEmpty();
    }

    @Test
    void vodItemsAreVisibleOnlyInTheirRegionSubtreeAndForTheirAudience() {
        UUID asset = MediaFixtures.asset(jdbc, "530100", "SUCCEEDED");
        String tag = "点播" + UUID.randomUUID().toString().substring(0, 6);
        Instant now = Instant.now();
        vod.insert(new VodItem(UUID.randomUUID(), tag + "昆明", "", asset, "新闻", "", "530100", Role.LEARNER, true,
                "t", now, now));
        vod.insert(new VodItem(UUID.randomUUID(), tag + "内部", "", asset, "", "", "530100", Role.COURSE_ADMIN, true,
                "t", now, now));
        vod.insert(new VodItem(UUID.randomUUID(), tag + "未发布", "", asset, "", "", "530100", Role.LEARNER, false,
                "t", now, now));
        List<String> wuhua = List.of("530102", "530100", "530000");
        List<String> qujing = List.of("530302", "530300", "530000");
        assertThat(vod.visible(wuhua, VodRepository.rolesUpTo(Role.LEARNER), tag, 0, 10)).extracting(VodItem::title)
                .containsExactly(tag + "昆明");
        assertThat(vod.visible(wuhua, VodRepository.rolesUpTo(Role.COURSE_ADMIN), tag, 0, 10)).hasSize(2);
        assertThat(vod.visible(qujing, VodRepository.rolesUpTo(Role.SYSTEM_ADMIN), tag, 0, 10)).isEmpty();
        assertThat(vod.countVisible(qujing, VodRepository.rolesUpTo(Role.SYSTEM_ADMIN), tag)).isZero();
        assertThat(vod.countManaged("5301", tag)).isEqualTo(3);
        assertThat(vod.countManaged("5303", tag)).isZero();
    }

    @Test
    void theCatalogStaysFastWithTenThousandCourses() {
        String region = "532300"; // 楚雄州: only this test writes there, so other tests' catalogs stay small
        jdbc.sql("""
                insert into course (id, title, summary, category_id, kind, year, region_code, status, created_by,
                    created_at, updated_at)
                select gen_random_uuid(), '批量课程 ' || g, '简介 ' || g,
                    (array['00000000-0000-4000-8000-000000000c01', '00000000-0000-4000-8000-000000000c02',
                           '00000000-0000-4000-8000-000000000c03'])[1 + g % 3]::uuid,
                    case when g % 4 = 0 then 'REQUIRED' else 'ELECTIVE' end, 2020 + g % 7,
                    (array['532300', '532301', '532322', '532302'])[1 + g % 4],
                    case when g % 10 = 0 then 'DRAFT' else 'PUBLISHED' end, 'bulk', now(), now() - g * interval '1 minute'
                from generate_series(1, 10000) g
                """).update();
        jdbc.sql("analyze course").update();
        CatalogScope learner = new CatalogScope.Published(List.of("532301", region, "530000"));
        CatalogFilter filter = new CatalogFilter("课程 9", null, CourseKind.ELECTIVE, 2024, null, null);
        courses.search(learner, filter, 0, 50); // warm up
        long start = System.nanoTime();
        List<Course> page = courses.search(learner, CatalogFilter.NONE, 2000, 50);
        int all = courses.count(learner, CatalogFilter.NONE);
        List<Course> filtered = courses.search(learner, filter, 0, 50);
        int filteredCount = courses.count(learner, filter);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page).hasSize(50);
        assertThat(all).isGreaterThanOrEqualTo(4500); // 532300 and 532301, published
        assertThat(filtered).isNotEmpty().allMatch(c -> c.year() == 2024 && c.kind() == CourseKind.ELECTIVE);
        assertThat(filteredCount).isPositive();
        // generous for a shared 2-core machine; a missing index or an N+1 query takes seconds here
        assertThat(millis).isLessThan(1500);
    }
}
