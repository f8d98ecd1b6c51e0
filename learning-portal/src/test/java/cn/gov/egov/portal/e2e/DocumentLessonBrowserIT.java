package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.document.DocumentUploads;
import cn.gov.egov.portal.learning.document.TestPdfs;
import cn.gov.egov.portal.learning.playback.LearningFixtures;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Issue 5 item 3 (document lessons) in real Chromium: a learner opens a one-lesson course's 3-page PDF lesson from
 * the course page; pdf.js (its worker loaded from the Vite bundle) draws page 1 into a canvas of non-zero size from
 * the object store's presigned link; the learner goes to page 3; every page having been displayed, the lesson is
 * complete in the database and the course's 学时 are in the ledger once. The viewer fits a 390 px phone screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("dev")
class DocumentLessonBrowserIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired DocumentUploads uploads;

    @Test
    void aLearnerReadsEveryPageOfAPdfLessonAndCompletesTheCourse() {
        LearningFixtures fixtures = new LearningFixtures(jdbc, users);
        UUID course = fixtures.course("保密法规读本", "530000", false, false);
        byte[] pdf = TestPdfs.pages(3);
        Lesson lesson = uploads.upload(users.findByUsername("course-admin").orElseThrow(), course, "保密法规", 600,
                "保密法规.pdf", pdf.length, new ByteArrayInputStream(pdf));
        jdbc.sql("update course set status = 'PUBLISHED' where id = :c").param("c", course).update();
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        PortalUser learner = new PortalUser(UUID.randomUUID(), username, "阅读学员", null,
                encoder.encode(PortalTestInfrastructure.DEMO_PASSWORD), Role.LEARNER, "530102", true);
        users.insert(learner);

        Page page = BrowserHarness.shared().newPage();
        String base = "http://localhost:" + port;
        new LoginPage(page, base).open().signIn(username, PortalTestInfrastructure.DEMO_PASSWORD);
        page.navigate(base + "/courses/" + course);
        page.locator("a.lesson-link").click();
        page.waitForURL("**/learn/document/" + lesson.id());
        assertThat(page.locator(".document-title")).hasText("保密法规");
        page.waitForSelector("pdf-document-viewer[shown-page='1']",
                new Page.WaitForSelectorOptions().setTimeout(60_000));
        @SuppressWarnings("unchecked")
        Map<String, Object> canvas = (Map<String, Object>) page.evaluate("""
                () => { const c = document.querySelector('pdf-document-viewer canvas');
                        const r = c.getBoundingClientRect();
                        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                        let inked = 0;
                        for (let i = 0; i < d.length; i += 4) { if (d[i] < 200 && d[i + 3] > 0) inked++; }
                        return { width: c.width, height: c.height, cssWidth: r.width, inked }; }
                """);
        assertThat(((Number) canvas.get("width")).intValue()).isPositive();
        assertThat(((Number) canvas.get("height")).intValue()).isPositive();
        assertThat(((Number) canvas.get("inked")).intValue()).as("page 1 was drawn, not left blank").isPositive();
        assertThat(((Number) canvas.get("cssWidth")).doubleValue()).as("fitted to the width").isGreaterThan(500);
        assertThat(page.locator(".document-progress")).containsText("已阅读 1 / 3 页");

        page.locator("pdf-document-viewer .pdf-next").click();
        page.waitForSelector("pdf-document-viewer[shown-page='2']");
        page.locator("pdf-document-viewer .pdf-next").click();
        page.waitForSelector("pdf-document-viewer[shown-page='3']");
        assertThat(page.locator("pdf-document-viewer .pdf-next")).isDisabled();
        assertThat(page.locator("pdf-document-viewer .pdf-page-number")).hasValue("3");
        assertThat(page.locator(".document-progress")).containsText("本课时已完成",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/document-viewer.png")));

        Map<String, Object> progress = jdbc.sql("""
                select array_length(pages_seen, 1) as pages, completed_at is not null as done from document_progress
                where learner_id = :l and lesson_id = :lesson
                """).param("l", learner.id()).param("lesson", lesson.id()).query().singleRow();
        assertThat(progress).containsEntry("pages", 3).containsEntry("done", true);
        List<String> ledger = jdbc.sql("""
                select source_kind || ' ' || source_id from hour_ledger_entry where learner_id = :l
                """).param("l", learner.id()).query(String.class).list();
        assertThat(ledger).containsExactly("COURSE " + course);

        // the same viewer on a phone: the page is fitted to the narrow screen, nothing scrolls sideways
        page.setViewportSize(390, 844);
        page.reload();
        page.waitForSelector("pdf-document-viewer[shown-page='1']",
                new Page.WaitForSelectorOptions().setTimeout(60_000));
        double cssWidth = ((Number) page.evaluate(
                "() => document.querySelector('pdf-document-viewer canvas').getBoundingClientRect().width"))
                .doubleValue();
        assertThat(cssWidth).isPositive().isLessThanOrEqualTo(390);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(391);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/document-viewer-390.png")));
        page.context().close();
    }
}
