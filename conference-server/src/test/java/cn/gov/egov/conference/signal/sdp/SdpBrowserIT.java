package cn.gov.egov.conference.signal.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jitsi.xmpp.extensions.colibri.SourcePacketExtension;
import org.jitsi.xmpp.extensions.colibri2.MediaSource;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;
import org.jitsi.xmpp.extensions.jingle.SourceGroupPacketExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

/**
 * Real Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) with a fake camera and microphone answers the offers
 * of one {@link SdpOffer}, munged for simulcast by {@code static/client/simulcast.js}, and {@link SdpAnswer} reads
 * what it answered. Nothing connects: the bridge's transport is made up here.
 */
class SdpBrowserIT {

    private static final String ORIGIN = "http://localhost";

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium not found at " + chromium
                    + ": apt-get install chromium (or set CHROMIUM_PATH)");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync",
                        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void chromiumAnswersOurOffersWithSimulcastAndAcceptsReusedSlots() throws IOException {
        SdpOffer offers = new SdpOffer(SdpFixtures.bridgeTransport(), 4_611_686_018_427_387_904L);
        List<RemoteSource> alice = SdpFixtures.participant("alice", 1111, List.of(2001L, 2002L, 2003L));
        List<RemoteSource> bob = SdpFixtures.participant("bob", 4444, List.of(5001L));
        List<RemoteSource> carol = SdpFixtures.participant("carol", 7777, List.of(8001L));
        Page page = page();

        // first offer: alice (simulcast) and bob
        String offer1 = offers.offer(concat(alice, bob));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) page.evaluate(SdpFixtures.script("answer-first.js"),
                offer1);
        assertThat(tracks(first)).as("ontrack of the remote m-lines").contains(
                "3 audio alice", "4 video alice", "5 audio bob", "6 video bob");
        assertThat(first.get("encodings")).as("camera sender's simulcast encodings").isEqualTo(3);
        assertThat(first.get("idempotent")).as("munging twice, the screen or the microphone changes nothing")
                .isEqualTo(true);
        assertThat(first.get("remoteCandidate")).as("the bridge's candidate in use").isEqualTo("192.0.2.1 10000 udp");
        String local = (String) first.get("local");
        SdpFixtures.keep("chromium-answer.sdp", local);
        SdpFixtures.keep("offer-1.sdp", offer1);

        SdpAnswer answer = SdpAnswer.parse(local, "me", offers.mLineCount());
        IceUdpTransportPacketExtension ice = answer.transport();
        assertThat(ice.getUfrag()).isEqualTo(attribute(local, "ice-ufrag"));
        assertThat(ice.getPassword()).isEqualTo(attribute(local, "ice-pwd"));
        DtlsFingerprintPacketExtension fp = ice.getFirstChildOfType(DtlsFingerprintPacketExtension.class);
        assertThat(fp.getHash()).isEqualTo("sha-256");
        assertThat(fp.getFingerprint()).matches("[0-9A-F]{2}(:[0-9A-F]{2}){31}");
        assertThat(fp.getSetup()).isEqualTo("active");
        List<MediaSource> sources = answer.sources().getMediaSources();
        assertThat(sources).extracting(MediaSource::getId).containsExactly("me-a0", "me-v0");
        assertThat(sources.get(0).getSources()).hasSize(1);
        MediaSource camera = sources.get(1);
        assertThat(camera.getSources()).hasSize(6).allSatisfy(s -> {
            assertThat(s.getName()).isEqualTo("me-v0");
            assertThat(s.getVideoType()).isEqualTo("camera");
        });
        List<SourceGroupPacketExtension> sim = groups(camera, "SIM");
        List<SourceGroupPacketExtension> fid = groups(camera, "FID");
        assertThat(sim).hasSize(1);
        assertThat(sim.getFirst().getSources()).hasSize(3);
        assertThat(fid).hasSize(3);
        assertThat(fid.stream().map(g -> g.getSources().getFirst().getSSRC()).toList())
                .containsExactlyElementsOf(sim.getFirst().getSources().stream()
                        .map(SourcePacketExtension::getSSRC).toList());

        // second offer: bob gone, carol come, in bob's m-lines
        String offer2 = offers.offer(concat(alice, carol));
        assertThat(offers.mids()).containsEntry("carol-a0", "5").containsEntry("carol-v0", "6");
        @SuppressWarnings("unchecked")
        Map<String, Object> second = (Map<String, Object>) page.evaluate(SdpFixtures.script("answer-again.js"),
                offer2);
        assertThat(tracks(second)).contains("5 audio carol", "6 video carol")
                .noneMatch(t -> t.contains("bob"));
        String local2 = (String) second.get("local");
        assertThat(SdpAnswer.parse(local2, "me", offers.mLineCount()).ownSources().get(1).ssrcs())
                .as("simulcast SSRCs kept across renegotiation").hasSize(6)
                .containsAll(answer.ownSources().get(1).ssrcs());

        // third offer: carol gone too; her m-lines stay, inactive
        String offer3 = offers.offer(alice);
        @SuppressWarnings("unchecked")
        Map<String, Object> third = (Map<String, Object>) page.evaluate(SdpFixtures.script("answer-again.js"),
                offer3);
        @SuppressWarnings("unchecked")
        Map<String, String> directions = (Map<String, String>) third.get("directions");
        assertThat(directions).containsEntry("5", "inactive").containsEntry("6", "inactive")
                .containsEntry("3", "recvonly").containsEntry("1", "sendrecv");
        assertThat(SdpAnswer.parse((String) third.get("local"), "me", 7).ownSources()).hasSize(2);
    }

    private static Page page() throws IOException {
        String module;
        try (InputStream in = SdpBrowserIT.class.getResourceAsStream("/static/client/simulcast.js")) {
            module = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(20_000);
        context.grantPermissions(List.of("camera", "microphone"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(ORIGIN));
        Page page = context.newPage();
        // a secure (localhost) origin that serves the module; nothing listens there
        page.route(ORIGIN + "/**", route -> serve(route, module));
        page.navigate(ORIGIN + "/");
        return page;
    }

    private static void serve(Route route, String module) {
        if (route.request().url().endsWith("/client/simulcast.js")) {
            route.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBody(module));
        } else {
            route.fulfill(new Route.FulfillOptions().setContentType("text/html")
                    .setBody("<!doctype html><title>sdp</title>"));
        }
    }

    /** "mid kind stream" of each ontrack event. */
    @SuppressWarnings("unchecked")
    private static List<String> tracks(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("tracks")).stream()
                .map(t -> t.get("mid") + " " + t.get("kind") + " " + String.join(",", (List<String>) t.get("streams")))
                .toList();
    }

    private static List<SourceGroupPacketExtension> groups(MediaSource source, String semantics) {
        return source.getSsrcGroups().stream().filter(g -> semantics.equals(g.getSemantics())).toList();
    }

    private static String attribute(String sdp, String name) {
        return sdp.lines().filter(l -> l.startsWith("a=" + name + ":")).findFirst().orElseThrow()
                .substring(name.length() + 3);
    }

    @SafeVarargs
    private static List<RemoteSource> concat(List<RemoteSource>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
