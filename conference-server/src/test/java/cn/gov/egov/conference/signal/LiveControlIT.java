package cn.gov.egov.conference.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.colibri.Colibri2TestBridge;
import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.conference.ConferenceServerTest;
import cn.gov.egov.platform.security.JoinTickets;

/**
 * Conference control (会控) of a live province-wide conference through the REST API and signalling: force-mute
 * reaches the bridge and the clients, a prefecture administrator controls only their own counties, a participant
 * only raises their own hand, removal bans, lock keeps strangers out, the end closes everything; every action is
 * audited, refusals too.
 */
@ConferenceServerTest
class LiveControlIT {

    static final Colibri2TestBridge BRIDGE = Colibri2TestBridge.start("jvb-control");

    @LocalServerPort
    int port;
    @Autowired
    JoinTickets tickets;
    @Autowired
    JdbcClient jdbc;
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

    /** Joins a room and answers its first offer; answers nothing later (enough for control). */
    private String join(SignalClient c, long ssrcs) {
        String id = c.next("joined").get("participantId").asString();
        String offer = c.next("offer").get("sdp").asString();
        c.send(Map.of("type", "answer", "version", 1, "sdp", new FakeBrowser(ssrcs).answer(offer)));
        return id;
    }

    private ApiClient.Reply control(ApiClient as, String conference, Map<String, Object> command) {
        return as.post("/api/v1/conferences/" + conference + "/live/control", command);
    }

    @Test
    void controlReachesTheBridgeAndTheClientsAlongTheCascadeOfAuthority() {
        String province = live.room("530000");
        String county = live.room("530102");
        String otherCounty = live.room("532901");
        String conference = live.conference("530000", List.of(province, county, otherCounty), List.of("li.si"), 5);
        SignalClient p = live.roomJoins(live.token(province), conference);
        String pid = join(p, 10_000);
        SignalClient k = live.roomJoins(live.token(county), conference);
        String kid = join(k, 20_000);
        SignalClient d = live.roomJoins(live.token(otherCounty), conference);
        String did = join(d, 30_000);

        ApiClient sys = live.sys();
        var view = sys.get("/api/v1/conferences/" + conference + "/live");
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().get("participants")).hasSize(3);
        assertThat(view.json().get("control").get("mainVenue").asString()).isEqualTo(pid);

        var muted = control(sys, conference, Map.of("action", "muteAll", "exceptMain", true));
        assertThat(muted.status()).as(muted.body()).isEqualTo(200);
        SignalingIT.awaitTrue(() -> forcedMute(kid) && forcedMute(did));
        assertThat(forcedMute(pid)).as("the main venue keeps its voice").isFalse();
        JsonNode seen = controlState(k, s -> s.get("muteAll") != null && !s.get("muteAll").isNull());
        assertThat(venue(seen, kid).get("audioMuted").asBoolean()).isTrue();

        // a Kunming administrator: their county yes, the province venue and Dali's county no
        ApiClient kunming = new ApiClient(port, null).as("km.admin", "REGION_ADMIN", "530100");
        JsonNode partial = kunming.get("/api/v1/conferences/" + conference + "/live").json().get("authority");
        assertThat(partial.get("whole").asBoolean()).isFalse();
        assertThat(partial.get("venues").findValuesAsString("venues")).isEmpty();
        assertThat(partial.get("venues").toString()).contains(kid).doesNotContain(pid).doesNotContain(did);
        assertThat(view.json().get("authority").get("whole").asBoolean()).isTrue();
        assertThat(view.json().get("participants").get(0).get("main").asBoolean()).isTrue();
        assertThat(control(kunming, conference, Map.of("action", "unmute", "venue", kid)).status()).isEqualTo(200);
        var refused = control(kunming, conference, Map.of("action", "mute", "venue", pid));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("outside-region");
        assertThat(control(kunming, conference, Map.of("action", "broadcast", "venue", did)).status())
                .isEqualTo(403);
        assertThat(control(kunming, conference, Map.of("action", "end")).code()).isEqualTo("whole-conference");
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'km.admin' and outcome = 'DENIED' "
                + "and action like 'CONTROL_%'").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'sys' and action = 'CONTROL_MUTE_ALL'")
                .query(Integer.class).single()).isEqualTo(1);

        ApiClient learner = new ApiClient(port, null).as("li.si", "LEARNER", "530000");
        assertThat(control(learner, conference, Map.of("action", "muteAll")).status()).isEqualTo(403);

        // a venue raises its own hand over signalling, not another's; the chair grants it: unmuted and broadcast
        k.send(Map.of("type", "control", "command", Map.of("action", "raiseHand", "venue", did)));
        assertThat(k.next("error").get("fatal").asBoolean()).isFalse();
        k.send(Map.of("type", "control", "command", Map.of("action", "raiseHand", "venue", kid)));
        controlState(p, s -> venue(s, kid) != null && !venue(s, kid).get("handRaisedAt").isNull());
        assertThat(control(sys, conference, Map.of("action", "grantHand", "venue", kid)).status()).isEqualTo(200);
        JsonNode granted = controlState(d, s -> kid.equals(s.get("broadcast").asString(null)));
        assertThat(granted.get("layout").get("featured").asString()).isEqualTo(kid);

        assertThat(control(sys, conference, Map.of("action", "thinLink", "venue", did, "mode", "AUDIO_ONLY"))
                .status()).isEqualTo(200);
        assertThat(venue(controlState(d, s -> "AUDIO_ONLY".equals(venue(s, did).get("thinLink").asString())), did))
                .isNotNull();
        assertThat(control(sys, conference, Map.of("action", "cameraOff", "venue", did)).status()).isEqualTo(200);
        SignalingIT.awaitTrue(() -> forcedVideoOff(did));

        // removal bans the room from this occurrence
        assertThat(control(sys, conference, Map.of("action", "remove", "venue", did)).status()).isEqualTo(200);
        assertThat(d.next("error").get("code").asString()).isEqualTo("removed");
        assertThat(d.closeStatus(Duration.ofSeconds(5))).isEqualTo(1000);
        SignalClient again = live.roomJoins(live.token(otherCounty), conference);
        assertThat(again.next("error").get("code").asString()).isEqualTo("banned");

        // locked: the region's administrator (not invited) stays out; the invited learner may come in
        assertThat(control(sys, conference, Map.of("action", "lock")).status()).isEqualTo(200);
        SignalClient stranger = live.userJoins(live.ticket("yn.admin", "REGION_ADMIN", "530000", conference));
        assertThat(stranger.next("error").get("code").asString()).isEqualTo("locked");
        SignalClient invited = live.userJoins(live.ticket("li.si", "LEARNER", "530000", conference));
        assertThat(invited.next("joined")).isNotNull();

        // the end: everyone says goodbye, the occurrence is over and nobody can come back
        assertThat(control(sys, conference, Map.of("action", "end")).status()).isEqualTo(200);
        assertThat(p.next("bye").get("reason").asString()).isEqualTo("ended");
        assertThat(k.next("bye").get("reason").asString()).isEqualTo("ended");
        SignalingIT.awaitTrue(() -> BRIDGE.conferences().isEmpty());
        SignalClient late = live.roomJoins(live.token(province), conference);
        assertThat(late.next("error").get("code").asString()).isEqualTo("over");
        var gone = sys.get("/api/v1/conferences/" + conference + "/live");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("not-live");
    }

    @Test
    void badCommandsAreRejectedWithoutChangingAnything() {
        String room = live.room("530000");
        String conference = live.conference("530000", List.of(room), List.of(), 5);
        SignalClient c = live.roomJoins(live.token(room), conference);
        join(c, 40_000);
        ApiClient sys = live.sys();
        assertThat(control(sys, conference, Map.of("action", "dance")).status()).isIn(400, 409);
        assertThat(control(sys, conference, Map.of("action", "poll", "intervalSeconds", 0, "target", "ALL"))
                .status()).isIn(400, 409);
        assertThat(control(sys, conference, Map.of("action", "mute", "venue", "ffffffff")).code())
                .isEqualTo("unknown-venue");
        assertThat(sys.post("/api/v1/conferences/" + conference + "/live/control", "{broken").status())
                .isEqualTo(400);
        assertThat(sys.get("/api/v1/conferences/" + conference + "/live").json().get("control").get("revision")
                .asLong()).as("nothing changed").isEqualTo(1);
        c.close();
    }

    private static boolean forcedMute(String id) {
        return lastForceMute(id, true);
    }

    private static boolean forcedVideoOff(String id) {
        return lastForceMute(id, false);
    }

    private static boolean lastForceMute(String id, boolean audio) {
        Boolean last = null;
        for (var request : BRIDGE.received()) {
            for (Colibri2Endpoint e : request.getEndpoints()) {
                if (e.getId().equals(id) && e.getForceMute() != null) {
                    last = audio ? e.getForceMute().getAudio() : e.getForceMute().getVideo();
                }
            }
        }
        return Boolean.TRUE.equals(last);
    }

    private static JsonNode controlState(SignalClient c, java.util.function.Predicate<JsonNode> until) {
        while (true) {
            JsonNode state = c.next("control").get("state");
            if (until.test(state)) {
                return state;
            }
        }
    }

    private static JsonNode venue(JsonNode state, String id) {
        for (JsonNode v : state.get("venues")) {
            if (v.get("venue").get("participantId").asString().equals(id)) {
                return v;
            }
        }
        return null;
    }
}
