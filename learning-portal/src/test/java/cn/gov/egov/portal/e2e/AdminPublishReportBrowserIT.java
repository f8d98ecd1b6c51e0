package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.ledger.CourseHours;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Issue 5's "done" path for administrators in real Chromium: a course administrator uploads a real video in the
 * course editor, the real media worker transcodes it, they add it as a lesson of a new required course, publish it
 * and assign it to the province; the region administrator of 昆明市 opens 学习统计 for 安宁市 (530181), where three
 * fresh learners live, and sees the course not completed (0 / 3, everyone at 0 学时); after one learner's completion
 * is credited (through the service layer), the page shows 1 / 3 and the 学时 distribution moves. ECharts has drawn
 * on a canvas; a learner name with HTML stays text; the Excel export downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("dev")
class AdminPublishReportBrowserIT {

    static final String COUNTY = "530181"; // 安宁市
    static final String XSS = "<img src=x onerror=\"window.__xss=1\">周";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("portal.media.worker-url", MediaWorkerProcess::baseUrl);
    }

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired CourseHours courseHours;

    @Test
    void anAdministratorPublishesACourseFromAnUploadedVideoAndSeesTheReportChange() throws Exception {
        String base = "http://localhost:" + port;
        String title = "安宁依法行政" + UUID.randomUUID().toString().substring(0, 4);
        List<PortalUser> learners = new ArrayList<>();
        for (String name : List.of("钱学员", "孙学员", XSS)) {
            PortalUser u = new PortalUser(UUID.randomUUID(), "an-" + UUID.randomUUID().toString().substring(0, 8),
                    name, null, encoder.encode(PortalTestInfrastructure.DEMO_PASSWORD), Role.LEARNER, COUNTY, true);
            users.insert(u);
            learners.add(u);
        }
        Path clip = MediaFixtures.make(dir, title + ".mp4", MediaFixtures.picture(640, 360, 25, 20),
                MediaFixtures.tone(20, "stereo"), List.of("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"));

        // the course administrator: a new required course, a video uploaded into it and transcoded, published
        Page admin = BrowserHarness.shared().newPage();
        new LoginPage(admin, base).open().signIn("course-admin", PortalTestInfrastructure.DEMO_PASSWORD);
        admin.navigate(base + "/admin/courses/new");
        admin.locator("#course-title input").fill(title);
        Locator category = admin.locator(".course-form vaadin-combo-box input");
        category.fill("计算机知识");
        admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("计算机知识")).first()
                .click();
        admin.locator("vaadin-button.course-save").click();
        admin.waitForURL(url -> url.matches(".*/admin/courses/[0-9a-f-]{36}$"));
        String courseId = admin.url().substring(admin.url().lastIndexOf('/') + 1);

        admin.locator(".lessons-panel vaadin-upload input[type=file]").setInputFiles(clip);
        assertThat(admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已上传"))
                .first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        admin.locator(".lessons-panel vaadin-integer-field input").fill("1"); // 1 minute: a micro-course, 0.25 学时
        admin.locator("vaadin-button.lesson-add").click();
        Locator lessonRow = admin.locator(".lessons-panel vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("转码完成"));
        // the editor asks media-worker for the job's state when it renders: reload until the transcode is done
        long until = System.currentTimeMillis() + 300_000;
        while (true) {
            try {
                assertThat(lessonRow.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
                break;
            } catch (AssertionError e) {
                if (System.currentTimeMillis() > until) {
                    admin.screenshot(new Page.ScreenshotOptions()
                            .setPath(Path.of("target/screenshots/report-transcode.png")));
                    throw e;
                }
                admin.reload();
            }
        }
        admin.locator("vaadin-button.course-publish").click();
        assertThat(admin.locator(".course-status")).hasText("已发布");
        admin.evaluate("() => { const d = document.querySelector('.assignments-panel vaadin-date-picker');"
                + " d.value = '" + (java.time.LocalDate.now().getYear()) + "-12-31'; }");
        admin.locator("vaadin-button.assignment-add").click();
        assertThat(admin.locator(".assignments-panel vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("-12-31")).first()).isVisible();
        Map<String, Object> assigned = jdbc.sql("""
                select c.status, c.kind, a.target_type, a.target_value from course c
                join course_assignment a on a.course_id = c.id where c.id = cast(:id as uuid)
                """).param("id", courseId).query().singleRow();
        assertThat(assigned).containsEntry("status", "PUBLISHED").containsEntry("kind", "REQUIRED")
                .containsEntry("target_type", "REGION").containsEntry("target_value", "530000");

        // the region administrator of 昆明市 opens 学习统计 for 安宁市
        Page region = BrowserHarness.shared().newPage();
        region.setViewportSize(1366, 768);
        new LoginPage(region, base).open().signIn("region-admin", PortalTestInfrastructure.DEMO_PASSWORD);
        region.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("学习统计")).click();
        region.waitForURL("**/admin/reports");
        pickCounty(region);
        // other browser tests sharing this database may bind 安宁市 to more required courses: the expected figures
        // come from the one definition (required_course_status); this course alone adds 3 assigned, 0 completed
        long[] before = completion(courseId);
        assertThat(before).containsExactly(3, 0);
        assertThat(region.locator(".report-learners .report-figure-value")).hasText("3");
        assertThat(region.locator(".report-completion .report-figure-value")).hasText(completionText());
        assertThat(region.locator(".report-average .report-figure-value")).hasText("0.00");
        assertThat(chartData(region, "report-chart-hours")).contains("[3]");
        assertThat(region.locator(".report-ranking")).not().containsText("钱学员");
        canvasDrawn(region, "report-chart-hours");
        canvasDrawn(region, "report-chart-completion");
        region.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/report-before.png")));

        // one learner's completion is credited (the learner's own path has its own browser test)
        UUID lesson = jdbc.sql("select id from lesson where course_id = cast(:c as uuid)").param("c", courseId)
                .query(UUID.class).single();
        PortalUser done = learners.get(2);
        jdbc.sql("""
                insert into lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                    credited_ms, completed_at, updated_at) values (:l, :lesson, 20000, 20000, 20000, 20000, now(),
                    now())
                """).param("l", done.id()).param("lesson", lesson).update();
        assertThat(courseHours.awardIfComplete(done.id(), done.regionCode(), UUID.fromString(courseId))).isPresent();
        java.math.BigDecimal earned = jdbc.sql("select sum(hours) from hour_ledger_entry where learner_id = :l")
                .param("l", done.id()).query(java.math.BigDecimal.class).single();
        assertThat(earned).isPositive().isLessThan(java.math.BigDecimal.TEN);
        String average = earned.divide(java.math.BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP)
                .toPlainString();

        region.reload();
        pickCounty(region);
        assertThat(completion(courseId)).containsExactly(3, 1);
        assertThat(region.locator(".report-completion .report-figure-value")).hasText(completionText());
        assertThat(region.locator(".report-average .report-figure-value")).hasText(average); // e.g. 0.25 / 3 = 0.08
        String hours = chartData(region, "report-chart-hours");
        assertThat(hours).as("two learners at 0, one in 0–10").contains("\"values\":[2]").contains("\"values\":[1]");
        assertThat(region.locator(".report-ranking vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("周")).first()).hasText(XSS);
        Object tooltip = region.evaluate("(n) => customElements.get('report-chart').formatTooltip("
                + "[{name: n, seriesName: n, value: 1, color: '#fff'}], false)", XSS);
        assertThat(tooltip.toString()).contains("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;")
                .doesNotContain("<img");
        Locator canvas = region.locator("report-chart.report-chart-hours canvas").first();
        var box = canvas.boundingBox();
        region.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        region.waitForTimeout(300);
        assertThat(region.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        region.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/report-after.png")));

        Download download = region.waitForDownload(() -> region.locator("a.report-export").click());
        Path xlsx = dir.resolve("report.xlsx");
        download.saveAs(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("概览");
            assertThat(book.getSheet("按下属单位")).isNotNull();
            assertThat(book.getSheet("概览").getRow(4).getCell(1).getNumericCellValue()).isEqualTo(3.0);
        }

        // phone width: the page still fits
        region.setViewportSize(390, 844);
        region.waitForTimeout(300);
        canvasDrawn(region, "report-chart-hours");
        region.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/report-390.png"))
                .setFullPage(true));
    }

    /** This course's rows in required_course_status for 安宁市: assigned, completed. */
    private long[] completion(String courseId) {
        Map<String, Object> r = jdbc.sql("""
                select count(*) as assigned, count(s.completed_on) as completed from required_course_status s
                join app_user u on u.id = s.learner_id and u.region_code = :county
                where s.course_id = cast(:c as uuid)
                """).param("county", COUNTY).param("c", courseId).query().singleRow();
        return new long[] {((Number) r.get("assigned")).longValue(), ((Number) r.get("completed")).longValue()};
    }

    /** What the page must show for 安宁市 this year: completed ÷ assigned over all of the year's required courses. */
    private String completionText() {
        Map<String, Object> r = jdbc.sql("""
                select count(*) as assigned, count(s.completed_on) as completed from required_course_status s
                join course c on c.id = s.course_id and c.year = :year
                join app_user u on u.id = s.learner_id and u.region_code = :county
                """).param("county", COUNTY).param("year", java.time.LocalDate.now().getYear()).query().singleRow();
        long assigned = ((Number) r.get("assigned")).longValue();
        long completed = ((Number) r.get("completed")).longValue();
        String pct = java.math.BigDecimal.valueOf(completed * 100).divide(java.math.BigDecimal.valueOf(assigned), 1,
                java.math.RoundingMode.DOWN).toPlainString();
        return pct + "%（" + completed + " / " + assigned + "）";
    }

    private static void pickCounty(Page page) {
        Locator picker = page.locator("vaadin-combo-box.report-region input");
        picker.fill("安宁市");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("安宁市")).first().click();
        assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText("按下属单位"))).isVisible();
    }

    private static String chartData(Page page, String chart) {
        return page.locator("report-chart." + chart).getAttribute("data");
    }

    private static void canvasDrawn(Page page, String chart) {
        page.waitForFunction("(c) => { const e = document.querySelector('report-chart.' + c + ' canvas');"
                + " return e && e.width > 0 && e.height > 0; }", chart);
        Object size = page.evaluate("(c) => { const e = document.querySelector('report-chart.' + c + ' canvas');"
                + " return e.getBoundingClientRect().width * e.getBoundingClientRect().height; }", chart);
        assertThat(((Number) size).doubleValue()).as(chart + " canvas area").isGreaterThan(1000);
    }
}
