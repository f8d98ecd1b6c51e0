package cn.gov.egov.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.ServiceAuthorization;
import cn.gov.egov.portal.security.UserRepository;

/**
 * 我的会议 → 进入会议: an invited learner sees the live conference on the portal's home page, presses 进入会议, and
 * lands in conference-server's desktop client with a join ticket, which admits them: they appear in the live
 * conference. Real Chromium (fake camera), the real conference-server, a Colibri2 test bridge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
@DirtiesContext
class DesktopJoinBrowserIT {

    private static LiveConferenceFixture live;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("portal.conference-server.base-url", ConferenceServerProcess::baseUrl);
        registry.add("portal.conference-server.public-url", ConferenceServerProcess::baseUrl);
    }

    @LocalServerPort
    int port;
    @Autowired
    ConferenceServerClient client;
    @Autowired
    ServiceAuthorization authorization;
    @Autowired
    UserRepository users;

    @AfterAll
    static void leave() {
        if (live != null) {
            live.close();
        }
    }

    private PortalUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    @Test
    void anInvitedLearnerJoinsFromTheHomePage() throws Exception {
        live = LiveConferenceFixture.start(ConferenceServerProcess.baseUrl(), client, authorization,
                user("sysadmin"), user("region-admin"), "全市安全生产视频会议", Set.of("learner"), "（桌面入会）");
        Page page = BrowserHarness.shared().newPage();
        new LoginPage(page, "http://localhost:" + port).open().signIn("learner",
                PortalTestInfrastructure.DEMO_PASSWORD);
        page.locator(".conferences-card").waitFor();
        assertThat(page.locator(".conferences-card").textContent()).contains("我的会议", "全市安全生产视频会议");

        Page desktop = page.waitForPopup(() -> page.locator(".conferences-card .join-conference").click());
        desktop.waitForURL("**/join/" + live.conferenceId);
        assertThat(desktop.url()).as("the ticket leaves the address bar").doesNotContain("ticket=");
        desktop.locator("#join").click();
        desktop.waitForFunction("() => window.conferenceClient && window.conferenceClient.participantId");
        String participant = (String) desktop.evaluate("() => window.conferenceClient.participantId");
        assertThat(client.live(user("region-admin"), live.conferenceId).orElseThrow().participants())
                .anyMatch(p -> p.id().equals(participant) && "learner".equals(p.username()));
        desktop.locator("#leave").click();
        desktop.context().close();
    }
}
