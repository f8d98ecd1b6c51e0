package cn.gov.egov.conference.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.colibri.Colibri2TestBridge;
import cn.gov.egov.conference.ConferenceServerTest;
import cn.gov.egov.conference.bridge.BridgeRegistry;
import cn.gov.egov.platform.security.JoinTickets;

/**
 * A bridge dies under a live conference: a client that lost its bridge channel says so, the focus checks the bridge
 * at once, moves its participants to the province's bridge with a new session (restart offer), drops the relay and
 * tells the others; the periodic health poll does the same when no client notices first.
 */
@ConferenceServerTest
class FailoverIT {

    static final Colibri2TestBridge PROVINCE = Colibri2TestBridge.start("jvb-fo-province");
    static final Colibri2TestBridge KUNMING = Colibri2TestBridge.start("jvb-fo-kunming");

    @LocalServerPort
    int port;
    @Autowired
    JoinTickets tickets;
    @Autowired
    BridgeRegistry registry;
    LiveFixture live;

    @AfterAll
    static void stop() {
        PROVINCE.close();
        KUNMING.close();
    }

    @BeforeEach
    void setUp() {
        KUNMING.heal();
        live = new LiveFixture(port, tickets);
        live.bridge(PROVINCE, "530000");
        live.bridge(KUNMING, "530100");
        registry.poll();
    }

    private record Joined(SignalClient client, String id, FakeBrowser browser) {
    }

    private Joined join(String room, String conference, long ssrcs) {
        SignalClient c = live.roomJoins(live.token(room), conference);
        String id = c.next("joined").get("participantId").asString();
        FakeBrowser browser = new FakeBrowser(ssrcs);
        c.send(Map.of("type", "answer", "version", 1, "sdp", browser.answer(c.next("offer").get("sdp").asString())));
        return new Joined(c, id, browser);
    }

    @Test
    void aClientReportingItsBridgeLostGetsItsParticipantsMovedWithinSeconds() {
        String conference = live.conference("530000", List.of(live.room("530000"), live.room("530102")), List.of(), 5);
        List<String> rooms = roomsOf(conference);
        Joined province = join(rooms.get(0), conference, 100_000);
        Joined county = join(rooms.get(1), conference, 200_000);
        assertThat(SignalingIT.endpoint(KUNMING, county.id(), true)).isNotNull();
        JsonNode withCounty = province.client().next("offer");
        province.client().send(Map.of("type", "answer", "version", withCounty.get("version").asInt(), "sdp",
                province.browser().answer(withCounty.get("sdp").asString())));

        KUNMING.setHealthy(false);
        KUNMING.fail(500, "dead", false);
        long lost = System.nanoTime();
        county.client().send(Map.of("type", "bridge-lost"));
        JsonNode restart = nextRestart(county.client());
        long movedMillis = (System.nanoTime() - lost) / 1_000_000;
        assertThat(restart.get("restart").asBoolean()).isTrue();
        assertThat(restart.get("bridgeChannel").asString()).contains("/jvb-fo-province/");
        assertThat(SignalingIT.endpoint(PROVINCE, county.id(), true)).as("now on the province's bridge").isNotNull();
        assertThat(movedMillis).as("a new session offered well within the 5 s goal").isLessThan(5_000);
        assertThat(PROVINCE.conferences().values().iterator().next().relays()).as("no relay to the dead bridge")
                .doesNotContainKey(KUNMING.id());

        FakeBrowser again = new FakeBrowser(300_000);
        county.client().send(Map.of("type", "answer", "version", restart.get("version").asInt(), "sdp",
                again.answer(restart.get("sdp").asString())));
        SignalingIT.awaitTrue(() -> SignalingIT.endpointUpdates(PROVINCE, county.id()) > 0);
        // the province room answered its offer of the county's old sources; it then sees the new ones
        String sdp = "";
        while (!sdp.contains("a=ssrc:" + again.videoSsrc())) {
            JsonNode offer = province.client().next("offer");
            sdp = offer.get("sdp").asString();
            province.client().send(Map.of("type", "answer", "version", offer.get("version").asInt(), "sdp",
                    province.browser().answer(sdp)));
        }
        assertThat(sdp).doesNotContain("a=ssrc:" + county.browser().videoSsrc());
    }

    @Test
    void theHealthPollMovesParticipantsWhenNoClientNoticesFirst() {
        String conference = live.conference("530000", List.of(live.room("530000"), live.room("530102")), List.of(), 5);
        List<String> rooms = roomsOf(conference);
        join(rooms.get(0), conference, 400_000);
        Joined county = join(rooms.get(1), conference, 500_000);
        SignalingIT.awaitTrue(() -> SignalingIT.endpointUpdates(KUNMING, county.id()) > 0);
        KUNMING.setHealthy(false);
        KUNMING.fail(500, "dead", false);
        registry.poll();
        JsonNode restart = nextRestart(county.client());
        assertThat(restart.get("restart").asBoolean()).isTrue();
        assertThat(SignalingIT.endpoint(PROVINCE, county.id(), true)).isNotNull();
    }

    @Test
    void clientsReportingTheSameBridgeLostAtOnceFailItOnce() {
        List<String> failed = new CopyOnWriteArrayList<>();
        registry.onFailure(failed::add);
        KUNMING.setHealthy(false);
        KUNMING.slowHealth(Duration.ofMillis(300)); // every probe has read the bridge healthy before one stores
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5; i++) {
                clients.submit(() -> registry.probe(KUNMING.id()));
            }
        }
        assertThat(failed).as("one failover, not one per client").containsExactly(KUNMING.id());
    }

    @Test
    void aBridgeThatFailsACallButPassesItsHealthCheckKeepsItsParticipants() throws InterruptedException {
        String conference = live.conference("530000", List.of(live.room("530000"), live.room("530102")), List.of(), 5);
        List<String> rooms = roomsOf(conference);
        join(rooms.get(0), conference, 800_000);
        Joined county = join(rooms.get(1), conference, 900_000);
        SignalingIT.awaitTrue(() -> SignalingIT.endpointUpdates(KUNMING, county.id()) > 0);
        List<String> failed = new CopyOnWriteArrayList<>();
        registry.onFailure(failed::add);

        // as JVB answers when a request runs into an exception of its own
        registry.reportFailure(KUNMING.id(), "bridge failed (500): java.util.ConcurrentModificationException");
        assertThat(registry.select("530102")).as("no new participants for a while").get()
                .extracting(s -> s.bridge().id()).isEqualTo(PROVINCE.id());
        Thread.sleep(500); // the health check runs in the background
        assertThat(failed).as("alive: nobody moved").isEmpty();
        assertThat(SignalingIT.endpoint(KUNMING, county.id(), true)).isNotNull();

        KUNMING.setHealthy(false);
        registry.reportFailure(KUNMING.id(), "bridge http://kunming/ unreachable");
        JsonNode restart = nextRestart(county.client());
        assertThat(restart.get("restart").asBoolean()).as("dead: moved").isTrue();
        assertThat(failed).containsExactly(KUNMING.id());
    }

    @Test
    void aParticipantLeavingWhileItsBridgeIsDeadIsGoneForEveryone() {
        String conference = live.conference("530000", List.of(live.room("530000"), live.room("530102")), List.of(), 5);
        List<String> rooms = roomsOf(conference);
        Joined province = join(rooms.get(0), conference, 600_000);
        Joined county = join(rooms.get(1), conference, 700_000);
        SignalingIT.awaitTrue(() -> SignalingIT.endpointUpdates(KUNMING, county.id()) > 0);
        while (province.client().next("participants").get("participants").size() != 2) {
            // the roster before the county room came
        }
        KUNMING.setHealthy(false);
        KUNMING.fail(500, "dead", false);
        county.client().send(Map.of("type", "leave"));

        JsonNode roster = province.client().next("participants", Duration.ofSeconds(5)).get("participants");
        assertThat(roster).hasSize(1);
        assertThat(roster.get(0).get("id").asString()).isEqualTo(province.id());
        assertThat(county.client().closeStatus(Duration.ofSeconds(5))).as("the leaving client is let go").isEqualTo(1000);
    }

    @Test
    void aBridgeThatRefusesFailsTheJoinClearlyAndABrokenOneIsPassedOverForTheNext() {
        String county = live.room("530102");
        String conference = live.conference("530100", List.of(county), List.of(), 5);
        String token = live.token(county);

        KUNMING.fail(400, "{\"message\":\"bad request\"}", true);
        SignalClient refused = live.roomJoins(token, conference);
        JsonNode error = refused.next("error");
        assertThat(error.get("code").asString()).isEqualTo("bridge-error");
        assertThat(error.get("fatal").asBoolean()).isTrue();
        assertThat(refused.closeStatus(Duration.ofSeconds(5))).isEqualTo(1000);

        for (Runnable fault : List.<Runnable>of(() -> KUNMING.fail(503, "overloaded", true),
                () -> KUNMING.fail(200, "<html>not json", true), () -> KUNMING.hang(Duration.ofSeconds(8)))) {
            KUNMING.heal();
            registry.poll();
            fault.run();
            long start = System.nanoTime();
            SignalClient c = live.roomJoins(token, conference);
            String id = c.next("joined", Duration.ofSeconds(8)).get("participantId").asString();
            assertThat((System.nanoTime() - start) / 1_000_000).as("a hanging bridge times out (3 s)")
                    .isLessThan(6_000);
            assertThat(SignalingIT.endpoint(PROVINCE, id, true)).as("placed on the next bridge").isNotNull();
            c.close();
            SignalingIT.awaitTrue(() -> SignalingIT.endpoint(PROVINCE, id, true) == null);
        }
    }

    /**
     * The next restart offer. An ordinary one may come first: a client that joined before the other's answer was
     * handled gets that other's sources in a second offer.
     */
    private static JsonNode nextRestart(SignalClient client) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            JsonNode offer = client.next("offer", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (offer.get("restart").asBoolean()) {
                return offer;
            }
        }
    }

    private List<String> roomsOf(String conference) {
        var c = live.sys().get("/api/v1/conferences/" + conference);
        String main = c.json().get("mainRoomId").asString();
        String other = null;
        for (JsonNode r : c.json().get("roomIds")) {
            if (!r.asString().equals(main)) {
                other = r.asString();
            }
        }
        return List.of(main, other);
    }
}
