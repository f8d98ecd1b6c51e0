package cn.gov.egov.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

import cn.gov.egov.portal.PortalTestInfrastructure;

/**
 * Every administrator screen at phone width (390×844) and at 1366×768 in real Chromium: nothing of the page lies
 * beyond the right edge of the screen (grids scroll inside themselves and are left out), and no script error.
 * The learner's screens are checked by the learner's own browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("dev")
class AdminScreensWidthBrowserIT {

    /** Elements of the page (light DOM) whose right edge is beyond the viewport, grids and the drawer left out. */
    private static final String OVERFLOWING = """
            () => {
              const width = document.documentElement.clientWidth;
              const out = [];
              for (const el of document.querySelectorAll('vaadin-app-layout *')) {
                if (el.closest('vaadin-grid, [slot="drawer"], vaadin-dialog-overlay')) continue;
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                if (r.right > width + 1) {
                  out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '')
                      + ' right=' + Math.round(r.right));
                }
              }
              return out.slice(0, 8);
            }
            """;

    private static final Map<String, List<String>> SCREENS = Map.of(
            "course-admin", List.of("admin/courses", "admin/courses/new", "admin/vod", "admin/media",
                    "admin/exams", "admin/exams/bank"),
            "region-admin", List.of("admin/audit", "admin/people", "admin/departments", "admin/regions",
                    "admin/rooms", "admin/conferences", "admin/conferences/new"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void everyAdministratorScreenFitsAPhoneAndALaptop() {
        List<String> problems = new ArrayList<>();
        for (var entry : SCREENS.entrySet()) {
            Page page = BrowserHarness.shared().newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            new LoginPage(page, "http://localhost:" + port).open().signIn(entry.getKey(),
                    PortalTestInfrastructure.DEMO_PASSWORD);
            page.locator("vaadin-app-layout").waitFor();
            for (String route : entry.getValue()) {
                for (int[] size : new int[][] {{390, 844}, {1366, 768}}) {
                    page.setViewportSize(size[0], size[1]);
                    page.navigate("http://localhost:" + port + "/" + route);
                    page.locator("vaadin-app-layout h2").first().waitFor();
                    page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
                    @SuppressWarnings("unchecked")
                    List<String> overflowing = (List<String>) page.evaluate(OVERFLOWING);
                    if (!overflowing.isEmpty()) {
                        problems.add(route + " at " + size[0] + " px: " + overflowing);
                    }
                }
            }
            assertThat(errors).as("script errors of " + entry.getKey()).isEmpty();
            page.context().close();
        }
        assertThat(problems).isEmpty();
    }
}
