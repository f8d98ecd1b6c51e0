package cn.gov.egov.conference.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;

import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import cn.gov.egov.colibri.Colibri2TestBridge;
import cn.gov.egov.conference.ConferenceServerTest;
import cn.gov.egov.platform.security.JoinTickets;

/**
 * The browser clients in Debian's Chromium (fake camera and microphone) against a Colibri2 test bridge: the desktop
 * client joins with a join ticket and the room kiosk joins by itself when the window opens; Chromium accepts the
 * focus's offers (each answered) and each answer reaches the bridge with the DTLS fingerprint, ICE credentials and
 * the camera's three simulcast layers. No media flow (the test bridge has none); the real-JVB check is by hand.
 */
@ConferenceServerTest
class ClientBrowserIT {

    static final Colibri2TestBridge BRIDGE = Colibri2TestBridge.start("jvb-browser");

    @LocalServerPort
    int port;
    @Autowired
    JoinTickets tickets;
    LiveFixture live;

    @AfterAll
    static void stop() {
        BRIDGE.close();
    }

    @BeforeEach
    void setUp() {
        live = new LiveFixture(port, tickets);
        live.bridge(BRIDGE, "530000");
    }

    @Test
    void theDesktopClientAndTheRoomKioskJoinAndTheirAnswersReachTheBridge() {
        String room = live.room("530102");
        String conference = live.conference("530100", List.of(room), List.of("zhao.lei"), 5);

        Page desktop = Chromium.shared().newPage();
        List<String> pageErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
        desktop.onPageError(pageErrors::add);
        desktop.navigate("http://127.0.0.1:" + port + "/join/" + conference + "#ticket="
                + live.ticket("zhao.lei", "LEARNER", "530102", conference));
        assertThat(desktop.locator("#join").textContent()).isEqualTo("进入会议");
        assertThat(desktop.url()).as("the ticket leaves the address bar").doesNotContain("ticket=");
        desktop.locator("#join").click();
        desktop.waitForFunction("() => window.conferenceClient && window.conferenceClient.pc"
                + " && window.conferenceClient.pc.signalingState === 'stable'"
                + " && window.conferenceClient.pc.localDescription");
        String desktopId = (String) desktop.evaluate("() => window.conferenceClient.participantId");
        Colibri2Endpoint answer = SignalingIT.awaitEndpointUpdate(BRIDGE, desktopId);
        assertAnswered(answer, desktopId);

        Page kiosk = Chromium.shared().newPage();
        kiosk.onPageError(pageErrors::add);
        kiosk.addInitScript("localStorage.setItem('roomToken', '" + live.token(room) + "')");
        kiosk.navigate("http://127.0.0.1:" + port + "/room");
        kiosk.waitForFunction("() => window.conferenceClient && window.conferenceClient.pc"
                + " && window.conferenceClient.pc.signalingState === 'stable'"
                + " && window.conferenceClient.pc.localDescription");
        String kioskId = (String) kiosk.evaluate("() => window.conferenceClient.participantId");
        // the bridge channel of 'joined' survives the first offer (the bridge sends no video before it is told)
        assertThat(kiosk.evaluate("() => window.conferenceClient.bridge && window.conferenceClient.bridge.url"))
                .asString().contains("/colibri-ws/jvb-browser/").contains(kioskId);
        assertThat(desktop.evaluate("() => window.conferenceClient.bridge && window.conferenceClient.bridge.url"))
                .asString().contains("/colibri-ws/jvb-browser/").contains(desktopId);
        assertAnswered(SignalingIT.awaitEndpointUpdate(BRIDGE, kioskId), kioskId);
        assertThat(kiosk.locator("#room-name").textContent()).startsWith("会议室530102");

        // each now has the other's microphone and camera in a later offer, answered in turn
        desktop.waitForFunction("() => window.conferenceClient.streams().some(s => s.participantId === '"
                + kioskId + "')");
        kiosk.waitForFunction("() => window.conferenceClient.streams().some(s => s.participantId === '"
                + desktopId + "')");
        assertThat(desktop.locator("#roster li").count()).isEqualTo(2);
        assertThat(desktop.locator("#stage .tile").count()).as("the kiosk's video has a tile").isEqualTo(1);

        desktop.locator("#leave").click();
        SignalingIT.awaitTrue(() -> SignalingIT.endpoint(BRIDGE, desktopId, true) == null);
        kiosk.waitForFunction("() => window.conferenceClient.streams().length === 0");
        assertThat(pageErrors).as("no script errors in either client").isEmpty();
        desktop.context().close();
        kiosk.context().close();
    }

    private static void assertAnswered(Colibri2Endpoint answer, String id) {
        DtlsFingerprintPacketExtension fp = answer.getTransport().getIceUdpTransport()
                .getFirstChildOfType(DtlsFingerprintPacketExtension.class);
        assertThat(fp.getHash()).isEqualTo("sha-256");
        assertThat(fp.getFingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(fp.getSetup()).isEqualTo("active");
        assertThat(answer.getTransport().getIceUdpTransport().getPassword()).hasSizeGreaterThanOrEqualTo(22);
        String sources = Objects.requireNonNull(answer.getSources()).toXML().toString();
        assertThat(sources).contains(id + "-a0").contains(id + "-v0").contains("semantics='SIM'");
        assertThat(sources.split("semantics='FID'", -1)).as("an RTX pair per simulcast layer, one for the screen")
                .hasSize(5);
        assertThat(sources).as("the screen-share sender (双流) is announced from the start").contains(id + "-v1");
    }
}
