package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.course.AssignmentEditor;
import cn.gov.egov.portal.learning.course.AssignmentTarget;
import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseAdmin;
import cn.gov.egov.portal.learning.course.CourseDraft;
import cn.gov.egov.portal.learning.course.CourseKind;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.course.LessonDraft;
import cn.gov.egov.portal.learning.course.LessonEditor;
import cn.gov.egov.portal.learning.course.LessonKind;
import cn.gov.egov.portal.learning.exam.attempt.ExamPolicy;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;
import cn.gov.egov.portal.learning.exam.service.ExamDefinitionService;
import cn.gov.egov.portal.learning.exam.service.ExamDraft;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Issue 5's "Done when" for a learner, in real Chromium against the real PostgreSQL and S3 server: a course
 * administrator's services set up a published required course assigned to the learner's prefecture with a deadline
 * (a real HLS video lesson and an exam lesson with a fixed paper and a pass mark); the learner finds it in 课程中心
 * under 必修, watches the video to the end with hls.js and heartbeats credited by the server, passes the exam, sees the
 * 学时 of the course and the exam on the home page, downloads the course certificate (read back with PDFBox) and opens
 * its public verification page. Every step is checked on the page and in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("dev")
class LearnerDonePathBrowserIT {

    /** The video's length: short, and played in real time. */
    static final int SECONDS = 24;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Duration DB_WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // the product's own playback settings (15 s heartbeats, presence checks after 8 minutes at the earliest)
        PortalTestInfrastructure.register(registry);
    }

    /** Generous waits on conditions: the CI machine is a loaded 2-core box (Playwright's default is 5 s). */
    @BeforeAll
    static void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired ObjectStore store;
    @Autowired CourseAdmin courses;
    @Autowired LessonEditor lessons;
    @Autowired AssignmentEditor assignments;
    @Autowired QuestionRepository questions;
    @Autowired ExamDefinitionService exams;

    @Test
    void aLearnerFindsARequiredCourseWatchesItPassesItsExamAndGetsHoursAndACertificate() throws Exception {
        Fixture f = requiredCourse();
        String tag = f.tag();
        String title = f.title();
        String examTitle = f.examTitle();
        LocalDate deadline = f.deadline();
        Course course = f.course();
        Lesson video = f.video();
        UUID examId = f.examId();
        String username = "done-" + tag;
        String name = "欧阳明华";
        PortalUser learner = learner(username, name);
        // the one definition of who must take which required course by when
        assertThat(status(learner, course.id())).containsEntry("deadline", java.sql.Date.valueOf(deadline))
                .containsEntry("completed_on", null);

        Page page = BrowserHarness.shared().newPage();
        page.context().setDefaultTimeout(45_000);
        String base = "http://localhost:" + port;
        new LoginPage(page, base).open().signIn(username, PortalTestInfrastructure.DEMO_PASSWORD);
        assertThat(page.locator(".hours-summary")).containsText(Pattern.compile("已获 0(\\.0+)? 学时"));

        // 1. 课程中心: filter 必修, search the title, open the course
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("课程中心")).click();
        assertThat(page.locator("h2")).hasText("课程中心");
        page.locator(".course-catalog vaadin-select").first().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("必修")).click();
        page.locator(".course-catalog vaadin-text-field input").first().fill(tag);
        assertThat(page.locator(".course-count")).hasText("共 1 门课程");
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("必修"))
                .first()).isVisible();
        openRow(page, row, Pattern.compile("/courses/" + course.id() + "$"));
        assertThat(page.locator("h2.course-title")).hasText(title);
        assertThat(page.locator(".course-lesson")).hasCount(2);

        // 2. the video lesson, played to the end by hls.js; the server credits the heartbeats
        page.locator("a.lesson-link").filter(new Locator.FilterOptions().setHasText("第一讲")).click();
        assertThat(page).hasURL(Pattern.compile("/learn/lesson/" + video.id() + "$"));
        assertThat(page.locator("h2")).hasText(title);
        page.waitForFunction("() => { const v = document.querySelector('lesson-player video');"
                + " return v && v.readyState >= 2; }", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        Instant playing = Instant.now();
        // headless Chromium allows autoplay of muted media only; the learner presses play
        page.evaluate("() => { const v = document.querySelector('lesson-player video'); v.muted = true; v.play(); }");
        page.waitForFunction("() => document.querySelector('lesson-player video').currentTime > 1", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(page.locator("lesson-player .lesson-status")).containsText("本课时已完成",
                new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat((Boolean) page.evaluate("() => document.querySelector('lesson-player video').ended")).isTrue();
        long watched = Duration.between(playing, Instant.now()).toMillis();
        Map<String, Object> progress = jdbc.sql("""
                select credited_ms, completed_at is not null as done from lesson_progress
                where learner_id = :l and lesson_id = :lesson
                """).param("l", learner.id()).param("lesson", video.id()).query().singleRow();
        assertThat((Boolean) progress.get("done")).isTrue();
        assertThat(((Number) progress.get("credited_ms")).longValue())
                .isGreaterThanOrEqualTo(SECONDS * 950L).isLessThanOrEqualTo(watched + 1000);
        assertThat(ledger(learner)).as("the exam lesson is still to do: no hours yet").isEmpty();

        // 3. the exam lesson from the course page: answer correctly, hand in, passed
        page.navigate(base + "/courses/" + course.id());
        page.locator("a.lesson-link").filter(new Locator.FilterOptions().setHasText("结业考试")).click();
        assertThat(page).hasURL(Pattern.compile("/exams/" + examId + "$"));
        passExam(page);
        assertThat(jdbc.sql("select passed from exam_grade where exam_id = :e and learner_id = :l")
                .param("e", examId).param("l", learner.id()).query(Boolean.class).single()).isTrue();

        // 4. 学时: the course (24 s: a micro-course, 0.25) and the passed exam (0.5), both required
        List<Map<String, Object>> entries = eventually(() -> ledger(learner), l -> l.size() == 2);
        assertThat(entries).extracting(e -> e.get("source_kind"), e -> e.get("source_id"), e -> e.get("rule_code"),
                e -> ((BigDecimal) e.get("hours")).stripTrailingZeros().toPlainString(), e -> e.get("category"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("COURSE", course.id().toString(), "MICRO_COURSE", "0.25",
                                "REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("EXAM", examId.toString(), "EXAM_PASSED", "0.5",
                                "REQUIRED"));
        assertThat(status(learner, course.id()).get("completed_on")).isEqualTo(java.sql.Date.valueOf(
                LocalDate.now(CHINA)));
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("首页")).click();
        assertThat(page.locator(".hours-summary")).containsText("已获 0.75 学时");
        assertThat(page.locator(".hours-split")).containsText("必修：0.75 /");
        assertThat(page.locator(".hours-split")).containsText(Pattern.compile("选修：0(\\.0+)? /"));

        // 5. 我的证书: the course certificate as a PDF, then its public verification page
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("我的证书")).click();
        Locator courseRow = page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(title));
        assertThat(courseRow).hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(examTitle)))
                .hasCount(1);
        Map<String, Object> certificate = jdbc.sql("""
                select id, verification_code, number, learner_name, hours from certificate
                where learner_id = :l and kind = 'COURSE' and source_id = :c
                """).param("l", learner.id()).param("c", course.id()).query().singleRow();
        assertThat(certificate.get("learner_name")).isEqualTo(name);
        assertThat(((BigDecimal) certificate.get("hours")).stripTrailingZeros().toPlainString()).isEqualTo("0.25");
        String code = ((String) certificate.get("verification_code")).strip();
        Download download = page.waitForDownload(() -> page.locator("a.certificate-download[href$='"
                + certificate.get("id") + "']").click());
        assertThat(download.suggestedFilename()).isEqualTo("certificate-" + certificate.get("number") + ".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains(title.replace(" ", "")).contains(name)
                .contains(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
                        + code.substring(12));

        Response verified = page.navigate(base + "/verify/" + code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(page.locator(".outcome")).hasText("证书有效");
        assertThat(page.locator("#verification")).containsText("欧**华");
        assertThat(page.locator("#verification")).containsText(title);
        assertThat(page.locator("#verification")).not().containsText(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/done-path-verify.png")));
    }

    /**
     * At 390×844 (a phone) 课程中心, the course page, the lesson player, the exam (overview, attempt, result) and 我的证书
     * need no sideways scrolling.
     */
    @Test
    void theLearnersPagesFitAPhoneScreen() throws Exception {
        Fixture f = requiredCourse();
        PortalUser learner = learner("phone-" + f.tag(), "王小明");
        Page page = BrowserHarness.shared().newPage();
        page.context().setDefaultTimeout(45_000);
        page.setViewportSize(390, 844);
        String base = "http://localhost:" + port;
        new LoginPage(page, base).open().signIn(learner.username(), PortalTestInfrastructure.DEMO_PASSWORD);
        assertThat(page.locator(".hours-summary")).isVisible();

        page.navigate(base + "/courses");
        page.locator(".course-catalog vaadin-text-field input").first().fill(f.tag());
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(f.title()))).hasCount(1);
        fits(page, "课程中心");

        page.navigate(base + "/courses/" + f.course().id());
        assertThat(page.locator("h2.course-title")).hasText(f.title());
        fits(page, "course page");

        page.navigate(base + "/learn/lesson/" + f.video().id());
        page.waitForFunction("() => { const v = document.querySelector('lesson-player video');"
                + " return v && v.readyState >= 1; }", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        fits(page, "lesson player");

        page.navigate(base + "/exams/" + f.examId());
        assertThat(page.locator("vaadin-button.exam-start")).isVisible();
        fits(page, "exam overview");
        page.locator("vaadin-button.exam-start").click();
        assertThat(page.locator(".exam-submit")).isVisible();
        fits(page, "exam attempt");
        page.navigate(base + "/exams/" + f.examId());
        passExam(page);
        fits(page, "exam result");

        page.navigate(base + "/my-certificates");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(f.examTitle()))).hasCount(1);
        fits(page, "我的证书");
        // the download link is in reach without scrolling the grid sideways
        com.microsoft.playwright.options.BoundingBox link = page.locator("a.certificate-download").first()
                .boundingBox();
        assertThat(link.x).isGreaterThanOrEqualTo(0);
        assertThat(link.x + link.width).isLessThanOrEqualTo(390);
    }

    /** No horizontal overflow: the document is no wider than the 390 px viewport. */
    private static void fits(Page page, String what) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-"
                + what.replace(' ', '-') + ".png")).setFullPage(true));
        Object width = page.evaluate("() => document.scrollingElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("%s: document width at 390 px", what).isLessThanOrEqualTo(390);
    }

    /** What the course administrator set up: a published required course with a video and an exam lesson. */
    record Fixture(String tag, String title, String examTitle, LocalDate deadline, Course course, Lesson video,
                   UUID examId) {
    }

    /** Set-up by the course administrator's services: video + exam lesson, assigned to 昆明市, published. */
    private Fixture requiredCourse() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "行政许可法要点 " + tag;
        String examTitle = "行政许可法结业考试 " + tag;
        LocalDate deadline = LocalDate.now(CHINA).plusDays(30);
        PortalUser admin = users.findByUsername("course-admin").orElseThrow();
        UUID asset = cn.gov.egov.portal.learning.course.MediaFixtures.asset(jdbc, admin.regionCode(), "SUCCEEDED");
        HlsLadders.put(store, dir, asset, SECONDS);
        Course course = courses.create(admin, new CourseDraft(title, "依法行政必修课：视频讲解与结业考试。",
                courses.categories().getFirst().id(), CourseKind.REQUIRED, LocalDate.now(CHINA).getYear(), false),
                null);
        Lesson video = lessons.add(admin, course.id(),
                new LessonDraft(LessonKind.VIDEO, "第一讲 许可的设定", asset, null, null, SECONDS));
        StoredExam exam = exams.save(admin, new ExamDraft(null, examTitle, PaperSpec.fixed(addQuestions(admin, tag)),
                ExamPolicy.defaults().withTimeLimit(Duration.ofMinutes(30)).withAttemptsAllowed(2)
                        .withPassPercent(80),
                Instant.now().minus(Duration.ofHours(1)), null));
        UUID examId = UUID.fromString(exam.exam().id());
        lessons.add(admin, course.id(), new LessonDraft(LessonKind.EXAM, "结业考试", null, null, examId, null));
        assignments.assign(admin, course.id(), AssignmentTarget.REGION, "530100", deadline);
        courses.publish(admin, course.id());
        return new Fixture(tag, title, examTitle, deadline, course, video, examId);
    }

    /** A learner of 五华区 (昆明市) who signs in with the demo password. */
    private PortalUser learner(String username, String name) {
        PortalUser learner = new PortalUser(UUID.randomUUID(), username, name, null,
                encoder.encode(PortalTestInfrastructure.DEMO_PASSWORD), Role.LEARNER, "530102", true);
        users.insert(learner);
        return learner;
    }

    /** Answers the fixture's paper correctly and hands it in (the exam page is open). */
    private static void passExam(Page page) {
        page.locator("vaadin-button.exam-start").click();
        assertThat(page.locator("#exam-timer")).hasText(Pattern.compile("^(29|30):\\d\\d$"));
        radio(page, "许可证");
        radio(page, "对");
        page.locator("vaadin-text-field input").fill("听证");
        page.locator("vaadin-text-field input").blur();
        assertThat(page.locator(".exam-saved")).containsText("已保存");
        page.locator("vaadin-button.exam-submit").click();
        page.locator("vaadin-button.exam-confirm-submit").click();
        assertThat(page.locator(".exam-score")).containsText(Pattern.compile("得分 3(\\.0+)? / 3(\\.0+)?（100"));
        assertThat(page.locator(".exam-score")).containsText("合格");
        assertThat(page.locator(".exam-score")).not().containsText("不合格");
    }

    /**
     * Clicks a grid row until its page opens: while the rows of a new filter load, the browser still shows the old
     * ones, and a click on one of those opens nothing (CatalogView) — a learner clicks again, so does this.
     */
    private static void openRow(Page page, Locator row, Pattern url) {
        for (int attempt = 1; ; attempt++) {
            row.click();
            try {
                page.waitForURL(url, new Page.WaitForURLOptions().setTimeout(10_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Clicks the radio button whose label holds {@code label} (the paper's labels are distinct). */
    private static void radio(Page page, String label) {
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText(label)).click();
    }

    /** Three questions in the province's bank: single choice, true/false and fill-in; their ids in paper order. */
    private String[] addQuestions(PortalUser admin, String tag) {
        CategoryPath category = CategoryPath.of("法律法规", "行政许可法" + tag);
        List<Question> qs = List.of(
                Question.single("xk1-" + tag, category, "行政许可的书面凭证通常称为什么？",
                        List.of("许可证", "罚款单", "介绍信"), 0),
                Question.trueFalse("xk2-" + tag, category, "行政许可应当依照法定的权限、范围、条件和程序设定和实施。", true),
                Question.fillIn("xk3-" + tag, category, "直接涉及申请人与他人之间重大利益关系的，申请人有权要求____。",
                        List.of("听证"), FillInRule.DEFAULT));
        questions.insert(admin.regionCode(), qs, "test", admin.username(), Clock.systemUTC().instant());
        return qs.stream().map(Question::id).toArray(String[]::new);
    }

    private Map<String, Object> status(PortalUser learner, UUID courseId) {
        return jdbc.sql("""
                select deadline, completed_on from required_course_status where learner_id = :l and course_id = :c
                """).param("l", learner.id()).param("c", courseId).query().singleRow();
    }

    private List<Map<String, Object>> ledger(PortalUser learner) {
        return jdbc.sql("""
                select source_kind, source_id, rule_code, hours, category from hour_ledger_entry where learner_id = :l
                """).param("l", learner.id()).query().listOfRows();
    }

    /** Polls until the condition holds (work after a commit may land a moment later), then returns the value. */
    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant until = Instant.now().plus(DB_WAIT);
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            value = read.get();
        }
        return value;
    }
}
