package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.gov.egov.portal.PortalTestInfrastructure;

/**
 * 人员管理 in real Chromium: a roster with an error is refused with a report to download and nothing imported; the
 * corrected roster is imported; the initial passwords are downloaded and one of the new people signs in and is made
 * to change the password. Screenshots at 1366×768 and phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("dev")
class PeopleBrowserIT {

    static final Path SHOTS = Path.of("target/screenshots");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    final String p = "e" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);

    Path roster(String name, String secondPhone) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("花名册");
            String[][] rows = {
                    {"姓名", "工号/用户名", "手机号", "所属地区", "单位/部门", "职级"},
                    {"赵一", p + "a", "13900000001", "云南省/昆明市/五华区", p + "局/综合科", "一级科员"},
                    {"钱二", p + "b", secondPhone, "盘龙区", p + "局/综合科", "二级科员"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aRosterIsRefusedWithAReportThenImportedAndANewPersonMustChangeThePassword() throws Exception {
        String base = "http://localhost:" + port;
        Page page = BrowserHarness.shared().newPage();
        new LoginPage(page, base).open().signIn("region-admin", PortalTestInfrastructure.DEMO_PASSWORD);
        page.navigate(base + "/admin/people");
        assertThat(page.locator("vaadin-side-nav")).containsText("人员管理");
        assertThat(page.locator("vaadin-side-nav")).containsText("单位部门");

        page.locator("vaadin-button.people-import").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("下载导入模板");
        page.locator("#roster-upload input[type=file]").setInputFiles(roster("bad.xlsx", "12345"));
        try {
            assertThat(dialog).containsText("本次不导入任何数据",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        } catch (AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("people-import-failed.png")));
            throw e;
        }
        assertThat(dialog.locator("vaadin-grid")).containsText("手机号");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("people-import-refused-1366.png")));
        Download report = page.waitForDownload(() -> dialog.locator("a.roster-result-download").click());
        try (var book = new XSSFWorkbook(report.createReadStream())) {
            org.assertj.core.api.Assertions.assertThat(book.getSheet("花名册").getRow(2).getLastCellNum())
                    .isEqualTo((short) 7);
            org.assertj.core.api.Assertions.assertThat(book.getSheet("花名册").getRow(2).getCell(6)
                    .getStringCellValue()).contains("手机号");
        }

        page.locator("#roster-upload input[type=file]").setInputFiles(roster("good.xlsx", "13900000002"));
        assertThat(dialog).containsText("导入成功：新建 2 个账号",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        Download credentials = page.waitForDownload(() -> dialog.locator("a.roster-result-download").click());
        String password;
        try (var book = new XSSFWorkbook(credentials.createReadStream())) {
            Row first = book.getSheetAt(0).getRow(1);
            org.assertj.core.api.Assertions.assertThat(first.getCell(0).getStringCellValue()).isEqualTo(p + "a");
            password = first.getCell(2).getStringCellValue();
        }
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("关闭")).click();
        assertThat(page.locator("vaadin-dialog.roster-import-dialog")).hasCount(0);
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("姓名或用户名"))
                .locator("input").fill(p);
        assertThat(page.locator("vaadin-grid.people-grid")).containsText("赵一");
        assertThat(page.locator("vaadin-grid.people-grid")).containsText(p + "局/综合科");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("people-1366.png")));
        page.setViewportSize(390, 844);
        assertThat(page.locator("vaadin-button.people-import")).isVisible();
        var box = page.locator("vaadin-button.people-import").boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("fits a phone's width").isLessThan(391);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("people-phone.png")));
        page.navigate(base + "/admin/departments");
        assertThat(page.locator("vaadin-grid")).containsText(p + "局");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("departments-phone.png")));

        Page learner = BrowserHarness.shared().newPage();
        new LoginPage(learner, base).open().signIn(p + "a", password);
        learner.waitForURL("**/account/password");
        assertThat(learner.locator("h2")).hasText("修改密码");
        learner.locator("vaadin-password-field").nth(0).locator("input").fill(password);
        learner.locator("vaadin-password-field").nth(1).locator("input").fill("Own-passw0rd");
        learner.locator("vaadin-password-field").nth(2).locator("input").fill("Own-passw0rd");
        learner.locator("vaadin-button.password-save").click();
        learner.waitForURL(u -> !u.contains("/account/password"));
        assertThat(learner.locator("h2")).containsText("欢迎，赵一");
    }
}
