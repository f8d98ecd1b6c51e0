package cn.gov.egov.conference.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.colibri.Colibri2TestBridge;
import cn.gov.egov.conference.ConferenceServerTest;
import cn.gov.egov.platform.security.JoinTickets;

/**
 * Signalling end to end on a real PostgreSQL and two Colibri2 test bridges (the province's and Kunming's): rooms
 * and users join over the WebSocket, get offers made from the bridge's answer, and their answers reach the bridge
 * as transport and sources; a second bridge brings a relay; sources reach the other participants' offers;
 * attendance is recorded.
 */
@ConferenceServerTest
@TestPropertySource(properties = {"conference.focus.answer-timeout=PT2S", "conference.focus.housekeeping=PT1S"})
class SignalingIT {

    static final Colibri2TestBridge PROVINCE = Colibri2TestBridge.start("jvb-sig-province");
    static final Colibri2TestBridge KUNMING = Colibri2TestBridge.start("jvb-sig-kunming");

    @LocalServerPort
    int port;
    @Autowired
    JoinTickets tickets;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.gov.egov.conference.live.LiveLeases leases;
    LiveFixture live;

    @AfterAll
    static void stop() {
        PROVINCE.close();
        KUNMING.close();
    }

    @BeforeEach
    void setUp() {
        live = new LiveFixture(port, tickets);
        live.bridge(PROVINCE, "530000");
        live.bridge(KUNMING, "530100");
    }

    @Test
    void roomsOnTwoBridgesJoinAnswerAndReceiveEachOthersSources() {
        String provinceRoom = live.room("530000");
        String countyRoom = live.room("530102");
        String conference = live.conference("530000", List.of(provinceRoom, countyRoom), List.of(), 5);

        SignalClient a = live.roomJoins(live.token(provinceRoom), null);
        JsonNode joinedA = a.next("joined");
        String idA = joinedA.get("participantId").asString();
        assertThat(joinedA.get("conference").get("conferenceId").asString()).isEqualTo(conference);
        assertThat(joinedA.get("bridgeChannel").asString()).contains("/colibri-ws/jvb-sig-province/");
        JsonNode offerA = a.next("offer");
        assertThat(offerA.get("version").asInt()).isEqualTo(1);
        String ufrag = ufrag(offerA.get("sdp").asString());
        Colibri2Endpoint allocated = endpoint(PROVINCE, idA, true);
        assertThat(allocated).as("endpoint allocated on the province bridge").isNotNull();

        FakeBrowser browserA = new FakeBrowser(1_000_000L);
        a.send(Map.of("type", "answer", "version", 1, "sdp", browserA.answer(offerA.get("sdp").asString())));
        Colibri2Endpoint patched = awaitEndpointUpdate(PROVINCE, idA);
        DtlsFingerprintPacketExtension fp = patched.getTransport().getIceUdpTransport()
                .getFirstChildOfType(DtlsFingerprintPacketExtension.class);
        assertThat(fp.getFingerprint()).isEqualTo(browserA.fingerprint());
        assertThat(fp.getSetup()).isEqualTo("active");
        assertThat(patched.getTransport().getIceUdpTransport().getUfrag()).isEqualTo("fake");
        assertThat(patched.getSources().toXML().toString()).contains(String.valueOf(browserA.videoSsrc()))
                .contains(idA + "-v0").contains("FID");
        assertThat(ufrag).isNotBlank();

        SignalClient b = live.roomJoins(live.token(countyRoom), conference);
        String idB = b.next("joined").get("participantId").asString();
        JsonNode offerB = b.next("offer");
        assertThat(endpoint(KUNMING, idB, true)).as("county room on Kunming's bridge").isNotNull();
        assertThat(offerB.get("sdp").asString()).as("B sees A's camera").contains("a=ssrc:" + browserA.videoSsrc());
        assertThat(KUNMING.conferences().values().iterator().next().relays()).containsKey(PROVINCE.id());
        assertThat(PROVINCE.conferences().values().iterator().next().relayEndpoints().get(KUNMING.id()))
                .containsExactly(idB);

        FakeBrowser browserB = new FakeBrowser(2_000_000L);
        b.send(Map.of("type", "answer", "version", 1, "sdp", browserB.answer(offerB.get("sdp").asString())));
        JsonNode offerA2 = a.next("offer");
        assertThat(offerA2.get("version").asInt()).isEqualTo(2);
        assertThat(offerA2.get("sdp").asString()).as("A sees B's camera").contains("a=ssrc:" + browserB.videoSsrc());
        assertThat(relaySourcesReceived(PROVINCE, idB)).as("the province bridge told B's sources over the relay")
                .isTrue();
        JsonNode roster = rosterOf(a, 2);
        assertThat(roster.findValuesAsString("id")).containsExactlyInAnyOrder(idA, idB);
        assertThat(roster.get(0).get("main").asBoolean()).as("the province room is the main venue").isTrue();

        a.send(Map.of("type", "answer", "version", 2, "sdp", browserA.answer(offerA2.get("sdp").asString())));
        b.send(Map.of("type", "leave"));
        assertThat(b.next("bye").get("reason").asString()).isEqualTo("left");
        JsonNode offerA3 = a.next("offer");
        assertThat(offerA3.get("sdp").asString()).doesNotContain("a=ssrc:" + browserB.videoSsrc());
        assertThat(KUNMING.conferences()).as("Kunming's bridge left the conference").isEmpty();
        a.close();
        String occurrence = joinedA.get("conference").get("occurrenceId").asString();
        awaitTrue(() -> jdbc.sql("select count(*) from attendance where occurrence_id = cast(:o as uuid) "
                + "and left_at is not null").param("o", occurrence).query(Integer.class).single() == 2);
        assertThat(jdbc.sql("select leave_reason from attendance where participant_id = :p").param("p", idB)
                .query(String.class).single()).isEqualTo("LEFT");
    }

    @Test
    void aDesktopUserJoinsWithATicketAndOthersAreRefused() {
        String room = live.room("530100");
        String conference = live.conference("530100", List.of(room), List.of("li.na"), 5);

        var mine = new cn.gov.egov.conference.ApiClient(port, null).as("li.na", "LEARNER", "530102")
                .get("/api/v1/me/conferences");
        assertThat(mine.json().findValuesAsString("conferenceId")).as("我的会议 lists it").contains(conference);
        assertThat(new cn.gov.egov.conference.ApiClient(port, null).as("wang.wu", "LEARNER", "530100")
                .get("/api/v1/me/conferences").json().findValuesAsString("conferenceId")).doesNotContain(conference);
        SignalClient invited = live.userJoins(live.ticket("li.na", "LEARNER", "530102", conference));
        JsonNode joined = invited.next("joined");
        assertThat(joined.get("resume").asString()).as("a ticket for reconnecting").isNotBlank();
        invited.next("offer");
        invited.close();

        SignalClient stranger = live.userJoins(live.ticket("wang.wu", "LEARNER", "530100", conference));
        JsonNode refused = stranger.next("error");
        assertThat(refused.get("code").asString()).isEqualTo("not-invited");
        assertThat(refused.get("fatal").asBoolean()).isTrue();
        assertThat(stranger.closeStatus(Duration.ofSeconds(5))).isEqualTo(1000);

        SignalClient admin = live.userJoins(live.ticket("km.admin", "REGION_ADMIN", "530100", conference));
        assertThat(admin.next("joined")).as("an administrator of the organising region may join").isNotNull();
        admin.close();

        SignalClient forged = live.userJoins(live.ticket("li.na", "LEARNER", "530102", conference) + "x");
        assertThat(forged.next("error").get("code").asString()).isEqualTo("bad-ticket");
        SignalClient unknown = live.userJoins(live.ticket("li.na", "LEARNER", "530102",
                java.util.UUID.randomUUID().toString()));
        assertThat(unknown.next("error").get("code").asString()).isEqualTo("unknown-conference");
    }

    @Test
    void refusedBeforeTheWindowAndWithARevokedToken() {
        String room = live.room("530100");
        String later = live.conference("530100", List.of(room), List.of(), 120);
        String token = live.token(room);
        SignalClient early = live.roomJoins(token, later);
        JsonNode e = early.next("error");
        assertThat(e.get("code").asString()).isEqualTo("not-open");
        assertThat(e.get("message").asString()).contains("会议尚未开始");

        assertThat(live.sys().delete("/api/v1/rooms/" + room + "/terminal-token").status()).isEqualTo(204);
        SignalClient revoked = live.roomJoins(token, later);
        assertThat(revoked.next("error").get("code").asString()).isEqualTo("bad-token");
        assertThat(revoked.closeStatus(Duration.ofSeconds(5))).isEqualTo(1000);
    }

    @Test
    void badMessagesAreAnsweredAndTheConnectionStays() {
        SignalClient c = new SignalClient(port);
        c.sendText("{not json");
        assertThat(c.next("error").get("code").asString()).isEqualTo("bad-message");
        c.send(Map.of("type", "dance"));
        assertThat(c.next("error").get("message").asString()).contains("unknown message type");
        c.send(Map.of("type", "join", "v", 2, "roomToken", "rt_x"));
        assertThat(c.next("error").get("message").asString()).contains("protocol version");
        c.send(Map.of("type", "join", "v", 1));
        assertThat(c.next("error").get("message").asString()).contains("exactly one of ticket or roomToken");
        c.send(Map.of("type", "ping"));
        assertThat(c.next("pong")).isNotNull();
        assertThat(c.isOpen()).isTrue();
        c.send(Map.of("type", "answer", "version", 1, "sdp", "v=0"));
        assertThat(c.next("error").get("code").asString()).as("an answer before joining").isEqualTo("not-joined");

        SignalClient big = new SignalClient(port);
        big.sendText("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(big.closeStatus(Duration.ofSeconds(5))).as("too big").isEqualTo(1009);
    }

    @Test
    void answersWithoutFingerprintOrIceCredentialsAreRefusedAndTheClientMayTryAgain() {
        String room = live.room("530100");
        live.conference("530100", List.of(room), List.of(), 5);
        SignalClient c = live.roomJoins(live.token(room), null);
        String id = c.next("joined").get("participantId").asString();
        String offer = c.next("offer").get("sdp").asString();
        FakeBrowser browser = new FakeBrowser(3_000_000L);
        c.send(Map.of("type", "answer", "version", 1, "sdp", browser.answer(offer, false, true)));
        assertThat(c.next("error").get("message").asString()).containsIgnoringCase("fingerprint");
        c.send(Map.of("type", "answer", "version", 1, "sdp", browser.answer(offer, true, false)));
        assertThat(c.next("error").get("code").asString()).isEqualTo("bad-sdp");
        c.send(Map.of("type", "answer", "version", 7, "sdp", browser.answer(offer)));
        assertThat(c.next("error").get("message").asString()).contains("latest offer is 1");
        assertThat(endpointUpdates(KUNMING, id)).as("nothing reached the bridge").isZero();
        c.send(Map.of("type", "answer", "version", 1, "sdp", browser.answer(offer)));
        assertThat(awaitEndpointUpdate(KUNMING, id)).isNotNull();
        c.close();
    }

    @Test
    void anEndpointWhoseClientNeverAnswersIsExpired() {
        String room = live.room("530100");
        live.conference("530100", List.of(room), List.of(), 5);
        SignalClient c = live.roomJoins(live.token(room), null);
        String id = c.next("joined").get("participantId").asString();
        assertThat(endpoint(KUNMING, id, true)).isNotNull();
        assertThat(c.next("bye", Duration.ofSeconds(10)).get("reason").asString()).isEqualTo("no-answer");
        awaitTrue(() -> endpoint(KUNMING, id, true) == null);
    }

    /** The first roster with {@code n} members the client receives. */
    static JsonNode rosterOf(SignalClient c, int n) {
        while (true) {
            JsonNode list = c.next("participants").get("participants");
            if (list.size() == n) {
                return list;
            }
        }
    }

    @Test
    void oneFocusRunsALiveOccurrenceAndAnotherTakesOverOnlyOnceTheLeaseExpired() {
        String room = live.room("530100");
        String conference = live.conference("530100", List.of(room), List.of(), 5);
        String occurrence = live.sys().get("/api/v1/conferences/" + conference + "/occurrences").json().get(0)
                .get("id").asString();
        java.util.UUID id = java.util.UUID.fromString(occurrence);
        assertThat(leases.acquire(id, "focus-elsewhere", 60_000)).isTrue();
        assertThat(leases.acquire(id, "focus-here", 60_000)).as("held by another, unexpired").isFalse();
        SignalClient c = live.roomJoins(live.token(room), conference);
        assertThat(c.next("error").get("code").asString()).isEqualTo("elsewhere");

        assertThat(leases.acquire(id, "focus-elsewhere", 1)).as("renewed with a tiny lifetime").isTrue();
        awaitTrue(() -> leases.holder(id) == null);
        SignalClient again = live.roomJoins(live.token(room), conference);
        assertThat(again.next("joined")).as("the lease expired: this focus takes the occurrence").isNotNull();
        assertThat(leases.holder(id)).isNotEqualTo("focus-elsewhere").isNotNull();
        assertThat(leases.acquire(id, "focus-elsewhere", 60_000)).isFalse();
        again.close();
    }

    static String ufrag(String sdp) {
        return sdp.lines().filter(l -> l.startsWith("a=ice-ufrag:")).findFirst().orElseThrow().substring(12);
    }

    /** The endpoint as the bridge holds it now (any conference), or null. */
    static Colibri2Endpoint endpoint(Colibri2TestBridge bridge, String id, boolean any) {
        return bridge.conferences().values().stream().map(c -> c.endpoints().get(id)).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    static long endpointUpdates(Colibri2TestBridge bridge, String id) {
        return bridge.received().stream().flatMap(r -> r.getEndpoints().stream())
                .filter(e -> e.getId().equals(id) && !e.getCreate() && e.getTransport() != null).count();
    }

    static Colibri2Endpoint awaitEndpointUpdate(Colibri2TestBridge bridge, String id) {
        awaitTrue(() -> endpointUpdates(bridge, id) > 0);
        return bridge.received().stream().flatMap(r -> r.getEndpoints().stream())
                .filter(e -> e.getId().equals(id) && !e.getCreate() && e.getTransport() != null).findFirst()
                .orElseThrow();
    }

    static boolean relaySourcesReceived(Colibri2TestBridge bridge, String endpointId) {
        return bridge.received().stream().map(ConferenceModifyIQ::getRelays).flatMap(List::stream)
                .filter(r -> r.getEndpoints() != null).flatMap(r -> r.getEndpoints().getEndpoints().stream())
                .anyMatch(e -> e.getId().equals(endpointId) && e.getSources() != null);
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
