package cn.gov.egov.portal.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.gov.egov.colibri.Colibri2TestBridge;
import cn.gov.egov.portal.conference.ConferenceModels.ConferenceForm;
import cn.gov.egov.portal.conference.ConferenceModels.RoomForm;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.ServiceAuthorization;

/**
 * A live conference on the real conference-server, for browser tests of the control panel: a Colibri2 test bridge
 * registered for the province, three new meeting rooms (Kunming's the main venue, Wuhua's and Panlong's), a
 * conference of them by Kunming's region administrator starting within minutes (so it is open for joining), and
 * each room's terminal joined over signalling and answering its offer like a browser.
 */
final class LiveConferenceFixture implements AutoCloseable {

    private static final java.util.concurrent.atomic.AtomicInteger FIXTURES = new java.util.concurrent.atomic.AtomicInteger();
    static final String KUNMING = "昆明市应急指挥中心";
    static final String WUHUA = "五华区应急管理局";
    static final String PANLONG = "盘龙区应急管理局";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final UUID conferenceId;
    final String title;
    private final Colibri2TestBridge bridge;
    private final Map<String, SignalClient> terminals = new LinkedHashMap<>();
    private final Map<String, String> participants = new LinkedHashMap<>();

    private LiveConferenceFixture(UUID conferenceId, String title, Colibri2TestBridge bridge) {
        this.conferenceId = conferenceId;
        this.title = title;
        this.bridge = bridge;
    }

    /**
     * @param baseUrl   conference-server
     * @param sysadmin  a system administrator (bridges, rooms, terminal tokens)
     * @param organiser a region administrator of Kunming (530100), who schedules and chairs the conference
     */
    static LiveConferenceFixture start(String baseUrl, ConferenceServerClient client, ServiceAuthorization auth,
                                       PortalUser sysadmin, PortalUser organiser, String title) throws Exception {
        return start(baseUrl, client, auth, sysadmin, organiser, title, Set.of(), "");
    }

    /**
     * The same, with users invited to join from their desktops; {@code roomSuffix} makes the room names differ from
     * another fixture's on the same conference-server (room names are unique per region).
     */
    static LiveConferenceFixture start(String baseUrl, ConferenceServerClient client, ServiceAuthorization auth,
                                       PortalUser sysadmin, PortalUser organiser, String title,
                                       Set<String> invitees, String roomSuffix) throws Exception {
        // a bridge of its own per fixture: a closed fixture's bridge stays registered on the shared conference-server
        Colibri2TestBridge bridge = Colibri2TestBridge.start("jvb-portal-" + FIXTURES.incrementAndGet());
        registerBridge(baseUrl, auth.header(sysadmin), bridge);
        UUID kunming = room(client, sysadmin, "530100", KUNMING + roomSuffix);
        UUID wuhua = room(client, sysadmin, "530102", WUHUA + roomSuffix);
        UUID panlong = room(client, sysadmin, "530103", PANLONG + roomSuffix);

        LocalDateTime start = LocalDateTime.now(SHANGHAI).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        var conference = client.schedule(organiser, new ConferenceForm(title, "MEETING", "530100", kunming,
                new LinkedHashSet<>(List.of(kunming, wuhua, panlong)), invitees, start, start.plusHours(1),
                "Asia/Shanghai", null, List.of(), "防汛抗旱工作视频调度"));
        LiveConferenceFixture fixture = new LiveConferenceFixture(conference.id(), title, bridge);
        fixture.join(baseUrl, KUNMING, client.issueTerminalToken(sysadmin, kunming), new FakeBrowser(7_010_000L));
        fixture.join(baseUrl, WUHUA, client.issueTerminalToken(sysadmin, wuhua), new FakeBrowser(7_020_000L));
        fixture.join(baseUrl, PANLONG, client.issueTerminalToken(sysadmin, panlong), new FakeBrowser(7_030_000L));
        return fixture;
    }

    private static void registerBridge(String baseUrl, String authorization, Colibri2TestBridge bridge)
            throws Exception {
        String body = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of(
                "id", bridge.id(), "url", bridge.uri().toString(), "regionCode", "530000", "capacity", 500));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/v1/bridges")).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("bridge not registered: " + r.statusCode() + " " + r.body());
        }
    }

    private static UUID room(ConferenceServerClient client, PortalUser sysadmin, String region, String name) {
        return client.createRoom(sysadmin, new RoomForm(region, name, "应急指挥大楼 3 楼", 40, "值班员",
                "0871-12345678", "duty@example.gov.cn", "华为 TE50 终端", true)).id();
    }

    /** A room terminal joins the conference and answers its first offer, as a browser would. */
    private void join(String baseUrl, String room, String roomToken, FakeBrowser browser) {
        SignalClient terminal = new SignalClient(baseUrl);
        terminals.put(room, terminal);
        terminal.send(Map.of("type", "join", "v", 1, "roomToken", roomToken, "conferenceId",
                conferenceId.toString()));
        participants.put(room, terminal.next("joined", Duration.ofSeconds(20)).get("participantId").asString());
        var offer = terminal.next("offer", Duration.ofSeconds(20));
        terminal.send(Map.of("type", "answer", "version", offer.get("version").asInt(), "sdp",
                browser.answer(offer.get("sdp").asString())));
    }

    /** The room's terminal raises its hand (举手), as its remote control would, over signalling. */
    void raiseHand(String room) {
        terminals.get(room).send(Map.of("type", "control", "command", Map.of("action", "raiseHand", "venue",
                participants.get(room))));
    }

    @Override
    public void close() {
        terminals.values().forEach(SignalClient::close);
        bridge.close();
    }
}
