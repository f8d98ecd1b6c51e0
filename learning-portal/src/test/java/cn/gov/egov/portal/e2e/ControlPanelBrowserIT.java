package cn.gov.egov.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.LiveModels.VenueState;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.ServiceAuthorization;
import cn.gov.egov.portal.security.UserRepository;

/**
 * 会控 in real Chromium against the real conference-server with a live conference: three room terminals joined over
 * signalling (on a Colibri2 test bridge); Kunming's region administrator, the chair, sees the venues, mutes them all
 * and broadcasts one; a learner of Wuhua may look but is refused; the attendance lists the rooms and exports the
 * 签到表; ending the conference asks first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ControlPanelBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static LiveConferenceFixture live;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("portal.conference-server.base-url", ConferenceServerProcess::baseUrl);
    }

    @LocalServerPort
    int port;
    @Autowired
    ConferenceServerClient client;
    @Autowired
    ServiceAuthorization authorization;
    @Autowired
    UserRepository users;

    @BeforeEach
    void liveConference() throws Exception {
        if (live == null) {
            live = LiveConferenceFixture.start(ConferenceServerProcess.baseUrl(), client, authorization,
                    user("sysadmin"), user("region-admin"), "全市防汛抗旱视频调度会");
        }
    }

    @AfterAll
    static void leave() {
        if (live != null) {
            live.close();
        }
    }

    private PortalUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Page signedIn(String username) {
        Page page = BrowserHarness.shared().newPage();
        new LoginPage(page, "http://localhost:" + port).open().signIn(username, PortalTestInfrastructure.DEMO_PASSWORD);
        page.locator("vaadin-side-nav").waitFor();
        return page;
    }

    private String controlUrl() {
        return "http://localhost:" + port + "/admin/conferences/control/" + live.conferenceId;
    }

    private static Locator card(Page page, String name) {
        return page.locator(".venue-card").filter(new Locator.FilterOptions().setHasText(name));
    }

    private List<VenueState> venuesAsTheServerHasThem() {
        return client.live(user("region-admin"), live.conferenceId).orElseThrow().control().venues();
    }

    @Test
    @Order(1)
    void theChairMutesAllBroadcastsGrantsAHandAndALearnerIsRefused() {
        Page admin = signedIn("region-admin");
        admin.navigate("http://localhost:" + port + "/admin/conferences/detail/" + live.conferenceId);
        admin.locator("#conference-control").click();
        admin.waitForURL("**/admin/conferences/control/**");
        assertThat(admin.locator("h2.control-title")).hasText("会控 · " + live.title);
        assertThat(admin.locator(".venue-card")).hasCount(3);
        assertThat(admin.locator(".venue-card").first()).containsText(LiveConferenceFixture.KUNMING);
        assertThat(admin.locator(".venue-card").first().locator(".control-badge.main")).hasText("主会场");
        assertThat(card(admin, LiveConferenceFixture.WUHUA)).containsText("会议室 · 五华区");
        assertThat(admin.locator(".control-status")).containsText("主会场：" + LiveConferenceFixture.KUNMING);
        assertThat(admin.locator(".venue-card .control-badge", new Page.LocatorOptions().setHasText("正在连接")))
                .hasCount(0);

        // a county asks to speak from its terminal: the panel shows it within a poll or two
        live.raiseHand(LiveConferenceFixture.PANLONG);
        assertThat(admin.locator(".hands-queue .hand-item")).hasCount(1);
        assertThat(admin.locator(".hands-queue")).containsText(LiveConferenceFixture.PANLONG);
        assertThat(card(admin, LiveConferenceFixture.PANLONG).locator(".control-badge.hand")).hasText("举手");
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("control-panel-1366.png")));

        admin.locator(".conference-actions .mute-all").click();
        for (Locator card : admin.locator(".venue-card").all()) {
            assertThat(card.locator(".control-badge.muted")).hasText("已静音");
        }
        assertThat(admin.locator(".control-status")).containsText("全场静音中");
        org.assertj.core.api.Assertions.assertThat(venuesAsTheServerHasThem()).hasSize(3)
                .allMatch(VenueState::audioMuted);

        card(admin, LiveConferenceFixture.WUHUA).locator(".venue-broadcast").click();
        assertThat(card(admin, LiveConferenceFixture.WUHUA)).containsText("广播中");
        assertThat(admin.locator(".control-status")).containsText("全场画面：" + LiveConferenceFixture.WUHUA);
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("control-panel-muted-1366.png")));

        // 同意: Panlong may speak — unmuted and shown to everyone; its hand goes down
        admin.locator(".hands-queue .hand-grant").click();
        assertThat(admin.locator(".hands-queue .hand-item")).hasCount(0);
        assertThat(card(admin, LiveConferenceFixture.PANLONG).locator(".control-badge.muted")).hasCount(0);
        assertThat(admin.locator(".control-status")).containsText("全场画面：" + LiveConferenceFixture.PANLONG);

        admin.setViewportSize(390, 844);
        assertThat(admin.locator(".venue-card")).hasCount(3);
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("control-panel-phone.png")));
        admin.setViewportSize(390, 2000);
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("control-panel-phone-whole.png")));

        long revision = client.live(user("region-admin"), live.conferenceId).orElseThrow().control().revision();
        Page learner = signedIn("learner");
        learner.navigate(controlUrl());
        assertThat(learner.locator(".venue-card")).hasCount(3);
        assertThat(learner.locator(".control-message")).containsText("没有会议控制权限");
        assertThat(learner.locator(".conference-actions .unmute-all")).isDisabled();
        assertThat(learner.locator(".venue-card .venue-mute").first()).isDisabled();
        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                cn.gov.egov.portal.conference.ConferenceApiException.class,
                () -> client.control(user("learner"), live.conferenceId,
                        cn.gov.egov.portal.conference.ControlCommand.unmuteAll()));
        org.assertj.core.api.Assertions.assertThat(refusal.problem().status()).as("the server refuses it too")
                .isEqualTo(403);
        learner.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("control-panel-learner-refused.png")));
        assertThat(learner.locator(".control-status")).containsText("全场静音中");
        var after = client.live(user("region-admin"), live.conferenceId).orElseThrow().control();
        org.assertj.core.api.Assertions.assertThat(after.revision()).as("nothing changed").isEqualTo(revision);
        org.assertj.core.api.Assertions.assertThat(after.muteAll()).isNotNull();
    }

    @Test
    @Order(2)
    void theAttendanceListsTheRoomsAndExportsTheSheet() throws Exception {
        Page admin = signedIn("region-admin");
        admin.navigate("http://localhost:" + port + "/admin/conferences/detail/" + live.conferenceId);
        admin.locator(".attendance-open").first().click();
        Locator dialog = admin.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator(".attendance-grid")).containsText(LiveConferenceFixture.PANLONG);
        assertThat(dialog.locator(".attendance-grid")).containsText("在线");
        assertThat(dialog.locator(".attendance-counts")).containsText("应到 3");
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("attendance-dialog.png"))
                .setAnimations(ScreenshotAnimations.DISABLED));

        Download download = admin.waitForDownload(() -> dialog.locator("a.attendance-export").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("签到表-")
                .endsWith(".xlsx");
        List<String> cells = new ArrayList<>();
        try (var book = new XSSFWorkbook(download.createReadStream())) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(cells).contains("参会方", LiveConferenceFixture.KUNMING,
                LiveConferenceFixture.WUHUA, LiveConferenceFixture.PANLONG);
    }

    @Test
    @Order(3)
    void endingTheConferenceAsksFirst() {
        Page admin = signedIn("region-admin");
        admin.navigate(controlUrl());
        assertThat(admin.locator(".venue-card")).hasCount(3);
        admin.locator(".conference-actions .end-conference").click();
        assertThat(admin.getByText("确定结束会议「" + live.title + "」吗")).isVisible();
        admin.locator("#confirm-end").click();
        assertThat(admin.locator(".control-message")).containsText(Pattern.compile("会议已结束|没有进行中的场次"));
        org.assertj.core.api.Assertions.assertThat(client.live(user("region-admin"), live.conferenceId)).isEmpty();
    }
}
