package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.portal.PortalTestInfrastructure;

/**
 * Issue 6 end to end: a course administrator uploads a video in the portal (real Chromium), sees the transcode's
 * progress while a real media-worker process runs it on the shared queue, and plays the HLS ladder with hls.js:
 * the video's clock advances and the poster comes from the object store through a presigned link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("dev")
class MediaLibraryBrowserIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("portal.media.worker-url", MediaWorkerProcess::baseUrl);
    }

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void anUploadBecomesAPlayableStreamWithProgressOnTheWay() throws Exception {
        Path clip = MediaFixtures.make(dir, "依法行政第一讲.mp4", MediaFixtures.picture(1280, 720, 25, 30),
                MediaFixtures.tone(30, "stereo"), List.of("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"));
        Page page = BrowserHarness.shared().newPage();
        new LoginPage(page, "http://localhost:" + port).open()
                .signIn("course-admin", PortalTestInfrastructure.DEMO_PASSWORD);
        page.navigate("http://localhost:" + port + "/admin/media");
        assertThat(page.locator("vaadin-side-nav")).containsText("媒体库");

        page.locator("#media-upload input[type=file]").setInputFiles(clip);
        try {
            assertThat(page.locator("vaadin-notification-card")).containsText("「依法行政第一讲」已上传",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        } catch (AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/media-upload-failed.png")));
            throw e;
        }
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("正在转码 \\d+%")));
        assertThat(row.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/media-progress.png")));
        Locator done = page.locator(".media-state").filter(new Locator.FilterOptions().setHasText("转码完成，可以播放"));
        assertThat(done.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(240_000));
        // this upload's 播放 (other tests' videos may be in the same library)
        Locator play = page.locator("vaadin-button.media-play[aria-label='播放 依法行政第一讲']");
        assertThat(play).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(240_000));

        play.click();
        page.waitForURL("**/media/watch/**");
        assertThat(page.locator("h2")).hasText("依法行政第一讲");
        page.waitForFunction("() => { const v = document.querySelector('hls-player video');"
                + " return v && v.readyState >= 2; }", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        page.evaluate("() => { const v = document.querySelector('hls-player video'); v.muted = true; v.play(); }");
        page.waitForFunction("() => document.querySelector('hls-player video').currentTime > 2", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/media-player.png")));
        Object poster = page.evaluate("async () => { const v = document.querySelector('hls-player video');"
                + " const r = await fetch(v.poster); const b = await r.blob();"
                + " return r.status + ' ' + b.type + ' ' + b.size; }");
        assertThat(poster.toString()).matches("200 image/jpeg \\d{4,}");
        Object height = page.evaluate("() => document.querySelector('hls-player video').videoHeight");
        assertThat(((Number) height).intValue()).isIn(360, 480, 720);
    }

    @Test
    void learnersCannotOpenTheLibraryNorWatchWhatIsNotThere() throws Exception {
        // signed out, from a client with no session at all
        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/media/play/" + java.util.UUID.randomUUID()
                        + "/master.m3u8")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("signed out").isIn(302, 401, 403);
        assertThat(anonymous.body()).doesNotContain("#EXTM3U");
        Page page = BrowserHarness.shared().newPage();
        new LoginPage(page, "http://localhost:" + port).open()
                .signIn("learner", PortalTestInfrastructure.DEMO_PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).not().containsText("媒体库");
        var response = page.request().get("http://localhost:" + port + "/media/play/"
                + java.util.UUID.randomUUID() + "/master.m3u8");
        assertThat(response.status()).isEqualTo(404);
        page.navigate("http://localhost:" + port + "/media/watch/not-a-uuid");
        assertThat(page.locator("h2")).hasText("找不到可以播放的视频");
        assertThat(Files.exists(dir)).isTrue();
    }
}
