package cn.gov.egov.conference.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.egov.colibri.Colibri2TestBridge;
import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.platform.security.JoinTickets;

/** Bridges, rooms, terminal tokens, conferences and join tickets for the live-conference tests, over the API. */
public final class LiveFixture {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final int port;
    private final JoinTickets tickets;

    public LiveFixture(int port, JoinTickets tickets) {
        this.port = port;
        this.tickets = tickets;
    }

    public ApiClient sys() {
        return new ApiClient(port, null).as("sys", "SYSTEM_ADMIN", "530000");
    }

    /** Adds the test bridge for the region (once per id; adding again is a 409 and ignored). */
    public void bridge(Colibri2TestBridge bridge, String region) {
        Map<String, Object> b = new HashMap<>();
        b.put("id", bridge.id());
        b.put("url", bridge.uri().toString());
        b.put("regionCode", region);
        b.put("capacity", 500);
        var r = sys().post("/api/v1/bridges", b);
        assertThat(r.status()).as(r.body()).isIn(201, 409);
    }

    public String room(String region) {
        var r = sys().post("/api/v1/rooms", ApiClient.room(region, "会议室" + region + "-" + NAMES.incrementAndGet()
                + "-" + System.nanoTime() % 100000));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    public String token(String roomId) {
        var r = sys().post("/api/v1/rooms/" + roomId + "/terminal-token", null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("token").asString();
    }

    /** A conference of the rooms (the first is the main venue) starting in {@code startsIn} minutes, for an hour. */
    public String conference(String organiser, List<String> rooms, List<String> invitees, long startsIn) {
        LocalDateTime start = LocalDateTime.now(SHANGHAI).plusMinutes(startsIn).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = ApiClient.conference("视频会议" + NAMES.incrementAndGet(), organiser, rooms.get(0),
                rooms, start.toString(), start.plusHours(1).toString());
        body.put("invitees", invitees);
        var r = sys().post("/api/v1/conferences", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    public String ticket(String username, String role, String region, String conferenceId) {
        return tickets.issue(username, role, region, "用户" + username, UUID.fromString(conferenceId),
                Duration.ofMinutes(2));
    }

    public SignalClient roomJoins(String token, String conferenceId) {
        SignalClient c = new SignalClient(port);
        Map<String, Object> join = new HashMap<>(Map.of("type", "join", "v", 1, "roomToken", token));
        if (conferenceId != null) {
            join.put("conferenceId", conferenceId);
        }
        c.send(join);
        return c;
    }

    public SignalClient userJoins(String ticket) {
        SignalClient c = new SignalClient(port);
        c.send(Map.of("type", "join", "v", 1, "ticket", ticket));
        return c;
    }
}
