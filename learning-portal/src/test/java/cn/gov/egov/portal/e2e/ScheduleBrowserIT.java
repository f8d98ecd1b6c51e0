package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.gov.egov.portal.PortalTestInfrastructure;

/**
 * A region administrator schedules a conference in real Chromium through the portal, which calls the real
 * conference-server; a second, overlapping conference for a room already taken is refused with the conflict named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
@DirtiesContext
class ScheduleBrowserIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("portal.conference-server.base-url", ConferenceServerProcess::baseUrl);
    }

    @LocalServerPort
    int port;

    private final String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();

    private Page signedInAsKunmingAdministrator() {
        Page page = BrowserHarness.shared().newPage();
        new LoginPage(page, "http://localhost:" + port).open()
                .signIn("region-admin", PortalTestInfrastructure.DEMO_PASSWORD);
        assertThat(page.locator("h2.welcome")).hasText("欢迎，王区域管理员");
        return page;
    }

    /** Types into a Vaadin field and commits with Enter (which also closes a picker's overlay). */
    private static void fill(Page page, String id, String value) {
        Locator input = page.locator("#" + id + " input");
        input.fill(value);
        input.press("Enter");
    }

    /** Finds the room with the tree's search box and checks it, then clears the search. */
    private static void pickRoom(Page page, String name) {
        Locator search = page.locator("#rooms .room-search input");
        search.fill(name);
        try {
            roomBox(page, name).check(new Locator.CheckOptions().setTimeout(10_000));
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pick-room-failed.png")));
            throw e;
        }
        search.fill("");
    }

    private static Locator roomBox(Page page, String name) {
        return page.locator("#rooms").getByRole(AriaRole.CHECKBOX,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private void fillConference(Page page, String title, String from, String to, String... rooms) {
        page.navigate("http://localhost:" + port + "/admin/conferences/new");
        page.locator("#schedule-submit").waitFor();
        fill(page, "title", title);
        fill(page, "date", day);
        fill(page, "start", from);
        fill(page, "end", to);
        for (String room : rooms) {
            pickRoom(page, room);
        }
    }

    @Test
    void scheduleOneAndSeeTheOverlappingOneRefused() {
        Page page = signedInAsKunmingAdministrator();
        fillConference(page, "全市防汛工作会议", "09:00", "10:00", "昆明市政府视频会议室", "五华区政府视频会议室");
        assertThat(page.locator(".conflict-message")).hasText("");
        page.locator("#schedule-submit").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("会议「全市防汛工作会议」已预约。");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/schedule.png")));

        fillConference(page, "临时调度会", "09:30", "10:30", "五华区政府视频会议室");
        assertThat(page.locator(".conflict-message"))
                .containsText("会议室「五华区政府视频会议室」在该时段已被「全市防汛工作会议」占用");
        page.locator("#schedule-submit").click();
        assertThat(page.locator(".conflict-message")).containsText("已被「全市防汛工作会议」占用");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/schedule-conflict.png")));

        page.navigate("http://localhost:" + port + "/admin/conferences");
        page.locator(".calendar-grid").waitFor();
        page.locator("vaadin-date-picker input").fill(day);
        page.locator("vaadin-date-picker input").press("Enter");
        assertThat(page.locator(".calendar-grid")).containsText("全市防汛工作会议");
        assertThat(page.locator(".calendar-grid")).not().containsText("临时调度会");
    }

    @Test
    void auditLogShowsTheSchedulingAndExportsToExcel() throws Exception {
        Page page = signedInAsKunmingAdministrator();
        fillConference(page, "审计演示会议", "15:00", "16:00", "昆明市政府视频会议室");
        page.locator("#schedule-submit").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("审计演示会议");

        page.navigate("http://localhost:" + port + "/admin/audit");
        assertThat(page.locator("vaadin-grid")).containsText("title=审计演示会议");
        Download download = page.waitForDownload(() -> page.locator("a.audit-export").click());
        try (var book = new XSSFWorkbook(download.createReadStream())) {
            var sheet = book.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("时间");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= sheet.getRow(r).getCell(7).getStringCellValue().contains("title=审计演示会议");
            }
            org.assertj.core.api.Assertions.assertThat(found).as("exported row").isTrue();
        }
    }

    @Test
    void anInvitedLearnerFindsTheNoticeOnTheHomePage() {
        Page admin = signedInAsKunmingAdministrator();
        fillConference(admin, "全员安全培训", "16:00", "17:00", "五华区政府视频会议室");
        fill(admin, "invitees", "learner");
        admin.locator("#schedule-submit").click();
        assertThat(admin.locator("vaadin-notification-card")).containsText("全员安全培训");

        Page learner = BrowserHarness.shared().newPage();
        new LoginPage(learner, "http://localhost:" + port).open()
                .signIn("learner", PortalTestInfrastructure.DEMO_PASSWORD);
        assertThat(learner.locator(".notices-card")).containsText("全员安全培训");
        assertThat(learner.locator(".notices-card")).containsText("会议通知");
        assertThat(learner.locator("vaadin-side-nav")).not().containsText("预约会议");
    }

    @Test
    void detailShowsParticipantsAndDeliveriesAndCancels() {
        Page page = signedInAsKunmingAdministrator();
        fillConference(page, "季度工作调度会", "18:00", "19:00", "昆明市政府视频会议室");
        fill(page, "invitees", "learner");
        page.locator("#schedule-submit").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("季度工作调度会");

        page.navigate("http://localhost:" + port + "/admin/conferences");
        page.locator("vaadin-date-picker input").fill(day);
        page.locator("vaadin-date-picker input").press("Enter");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("季度工作调度会"))
                .first().click();
        assertThat(page.locator("h2.conference-title")).hasText("季度工作调度会");
        assertThat(page.locator(".conference-detail")).containsText("主会场：昆明市政府视频会议室");
        assertThat(page.locator(".conference-detail")).containsText("邀请人员：learner");
        assertThat(page.locator(".deliveries")).containsText("门户通知");

        page.locator("#conference-edit").click();
        page.locator("#schedule-submit").waitFor();
        assertThat(page.locator("#title input")).hasValue("季度工作调度会");
        fill(page, "end", "19:30");
        page.locator("#schedule-submit").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("已修改");
        page.waitForURL("**/admin/conferences/detail/**");
        assertThat(page.locator(".conference-detail")).containsText("18:00–19:30");

        page.locator("#conference-cancel").click();
        page.locator("#confirm-cancel").click();
        assertThat(page.locator(".conference-status")).hasText("已取消");
    }

    @Test
    void badTimesAreExplainedOnTheField() {
        Page page = signedInAsKunmingAdministrator();
        fillConference(page, "倒序会议", "11:00", "10:00", "昆明市政府视频会议室");
        page.locator("#schedule-submit").click();
        assertThat(page.locator(".conflict-message")).containsText("结束时间必须晚于开始时间");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);

        // checking a county in the room tree checks its rooms; the search narrows the tree
        Locator wuhua = page.locator("#rooms").getByRole(AriaRole.CHECKBOX,
                new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^五华区（\\d+）$")));
        wuhua.check();
        assertThat(roomBox(page, "五华区政府视频会议室")).isChecked();
        assertThat(roomBox(page, "昆明市政府视频会议室")).isChecked();
        page.locator("#rooms .room-search input").fill("五华区政府");
        assertThat(roomBox(page, "昆明市政府视频会议室")).isHidden();
        assertThat(roomBox(page, "五华区政府视频会议室")).isVisible();
        roomBox(page, "五华区政府视频会议室").uncheck();
        assertThat(wuhua).not().isChecked();
        page.locator("#rooms .room-search input").fill("");

        fill(page, "end", "12:00");
        fill(page, "invitees", "learner, no.such.person");
        page.locator("#schedule-submit").click();
        assertThat(page.locator("#invitees")).containsText("找不到这些平台用户：no.such.person");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
    }
}
