package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.playback.LearningFixtures;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Issue 5 item 5 in real Chromium: a learner opens a one-lesson course's video, hls.js plays a real HLS ladder from
 * the object store, the player's heartbeats (with the session's CSRF token) are credited, the lesson completes and
 * the course's 学时 land in the ledger once; a seek ahead on first viewing is snapped back; a request without the
 * CSRF token is refused. The ladder is made with ffmpeg and put into the object store directly (media-worker's
 * transcoding has its own test, MediaLibraryBrowserIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("dev")
class LessonPlayerBrowserIT {

    static final int SECONDS = 12;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("portal.learning.playback.heartbeat-interval", () -> "PT2S");
        registry.add("portal.learning.playback.presence-min", () -> "PT0S");
        registry.add("portal.learning.playback.presence-max", () -> "PT0S");
    }

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired ObjectStore store;

    @Test
    void aLearnerWatchesALessonAndEarnsTheCoursesHoursOnce() throws Exception {
        UUID asset = cn.gov.egov.portal.learning.course.MediaFixtures.asset(jdbc, "530000", "SUCCEEDED");
        HlsLadders.put(store, dir, asset, SECONDS);
        LearningFixtures fixtures = new LearningFixtures(jdbc, users);
        UUID course = fixtures.course("依法行政微课", "530000", true, false);
        UUID lesson = UUID.randomUUID();
        jdbc.sql("""
                insert into lesson (id, course_id, position, kind, title, media_asset_id, duration_seconds)
                values (:id, :course, 1, 'VIDEO', '第一讲', :asset, :seconds)
                """).param("id", lesson).param("course", course).param("asset", asset).param("seconds", SECONDS)
                .update();
        String username = "player-" + UUID.randomUUID().toString().substring(0, 8);
        PortalUser learner = new PortalUser(UUID.randomUUID(), username, "播放学员", null,
                encoder.encode(PortalTestInfrastructure.DEMO_PASSWORD), Role.LEARNER, "530102", true);
        users.insert(learner);

        Page page = BrowserHarness.shared().newPage();
        String base = "http://localhost:" + port;
        new LoginPage(page, base).open().signIn(username, PortalTestInfrastructure.DEMO_PASSWORD);
        Instant opened = Instant.now();
        page.navigate(base + "/learn/lesson/" + lesson);
        assertThat(page.locator("h2")).hasText("依法行政微课");
        page.waitForFunction("() => { const v = document.querySelector('lesson-player video');"
                + " return v && v.readyState >= 2; }", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        page.evaluate("() => { const v = document.querySelector('lesson-player video'); v.muted = true; v.play(); }");
        page.waitForFunction("() => document.querySelector('lesson-player video').currentTime > 1", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        // first viewing: a seek ahead is snapped back by the player (and would be refused by the server)
        page.evaluate("() => { document.querySelector('lesson-player video').currentTime = 10; }");
        page.waitForTimeout(300);
        assertThat(((Number) page.evaluate("() => document.querySelector('lesson-player video').currentTime"))
                .doubleValue()).isLessThan(6);

        // a script on the page without the CSRF token gets nowhere
        Object forged = page.evaluate("async () => (await fetch('/api/learning/heartbeats', {method: 'POST',"
                + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({sessionId:"
                + " document.querySelector('lesson-player').getAttribute('session-id'), sequence: 9999,"
                + " position: 11, playing: true, rate: 1})})).status");
        assertThat(((Number) forged).intValue()).isEqualTo(403);

        assertThat(page.locator("lesson-player .lesson-status")).containsText("本课时已完成",
                new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/lesson-player.png")));
        long elapsed = Duration.between(opened, Instant.now()).toMillis();
        Map<String, Object> progress = jdbc.sql("""
                select credited_ms, furthest_ms, completed_at is not null as done from lesson_progress
                where learner_id = :l and lesson_id = :lesson
                """).param("l", learner.id()).param("lesson", lesson).query().singleRow();
        assertThat((Boolean) progress.get("done")).isTrue();
        assertThat(((Number) progress.get("credited_ms")).longValue()).isBetween(SECONDS * 950L, SECONDS * 1000L)
                .isLessThanOrEqualTo(elapsed);
        List<Map<String, Object>> ledger = jdbc.sql("""
                select rule_code, hours, explanation from hour_ledger_entry where learner_id = :l
                """).param("l", learner.id()).query().listOfRows();
        assertThat(ledger).hasSize(1);
        assertThat(ledger.getFirst().get("rule_code")).isEqualTo("MICRO_COURSE");
        assertThat((String) ledger.getFirst().get("explanation")).contains("课程学习时长 0 分 12 秒")
                .endsWith("计 0.25 学时");

        // the home page shows the hour
        page.navigate(base + "/");
        assertThat(page.locator(".hours-summary")).containsText("已获 0.25 学时");
    }
}
