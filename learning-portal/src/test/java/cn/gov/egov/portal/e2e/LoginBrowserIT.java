package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

import cn.gov.egov.portal.PortalTestInfrastructure;

/** Log-in as a person does it: real Chromium against the running portal on a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// closed before the JVM exits, so nothing still talks to the test database while it stops
@DirtiesContext
@ActiveProfiles("dev")
class LoginBrowserIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void demoLearnerSignsInAndSeesTheChineseHomePage() {
        Page page = BrowserHarness.shared().newPage();
        new LoginPage(page, baseUrl()).open().signIn("learner", PortalTestInfrastructure.DEMO_PASSWORD);

        assertThat(page.locator("h2.welcome")).hasText("欢迎，张学员");
        assertThat(page.locator("p.identity")).hasText("身份：学员 · 所属区域：云南省 / 昆明市 / 五华区");
        assertThat(page.locator(".app-title")).hasText("政务视频会议与公务员学习平台");
        assertThat(page).hasTitle("首页 | 政务视频会议与公务员学习平台");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portal-home.png")));

        page.locator("vaadin-button.logout").click();
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.url()).contains("/login");
    }

    @Test
    void onAPhoneTheHeaderFitsAndStillSignsOut() {
        Page page = BrowserHarness.shared().newPage();
        page.setViewportSize(390, 844);
        new LoginPage(page, baseUrl()).open().signIn("learner", PortalTestInfrastructure.DEMO_PASSWORD);
        page.locator("h2.welcome").waitFor();

        assertThat(page.locator(".app-title-short")).isVisible();
        assertThat(page.locator(".app-title-short")).hasText("政务平台");
        assertThat(page.locator(".app-title")).isHidden();
        assertThat(page.locator(".current-user")).isHidden();
        Object headerOverflow = page.evaluate(
                "() => { const h = document.querySelector('.app-header'); return h.scrollWidth - h.clientWidth; }");
        assertThat(((Number) headerOverflow).intValue()).isLessThanOrEqualTo(0);
        Object pageWidth = page.evaluate("() => document.scrollingElement.scrollWidth");
        assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(390);
        // every header control lies inside the screen
        for (String control : new String[] {"vaadin-drawer-toggle", "vaadin-button.language-switch",
                "vaadin-button.logout"}) {
            var box = page.locator(control).boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(control).isLessThanOrEqualTo(390);
        }
        // and so does every card of the home page, border included
        Object widestCard = page.evaluate("() => Math.max(...[...document.querySelectorAll('.home-view > div')]"
                + ".map(c => c.getBoundingClientRect().right))");
        assertThat(((Number) widestCard).doubleValue()).isLessThanOrEqualTo(390);
        assertThat(page.locator("vaadin-button.logout")).hasAttribute("aria-label", "退出登录");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portal-home-phone.png")));

        page.locator("vaadin-button.logout").click();
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.url()).contains("/login");
    }

    @Test
    void wrongPasswordIsRefusedInChinese() {
        Page page = BrowserHarness.shared().newPage();
        LoginPage login = new LoginPage(page, baseUrl()).open();
        login.signIn("learner", "not-the-password");

        assertThat(page.url()).contains("/login?error");
        assertThat(login.error()).containsText("用户名或密码错误");
        page.navigate(baseUrl() + "/");
        assertThat(page.url()).contains("/login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        Page page = BrowserHarness.shared().newPage();
        LoginPage login = new LoginPage(page, baseUrl()).open();
        for (int i = 0; i < 5; i++) {
            login.signIn("course-admin", "guess-" + i);
        }
        login.signIn("course-admin", PortalTestInfrastructure.DEMO_PASSWORD);

        assertThat(page.url()).contains("/login?error");
        assertThat(login.error()).containsText("登录尝试次数过多");
    }

    @Test
    void loginPageSwitchesToEnglish() {
        Page page = BrowserHarness.shared().newPage();
        new LoginPage(page, baseUrl()).open();
        page.locator("vaadin-button.language-switch").click();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        assertThat(page.locator("vaadin-button.language-switch")).hasText("简体中文");
    }
}
