package cn.gov.egov.conference.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.conference.ConferenceServerTest;

/** Meeting rooms through the REST API: validation, duplicates, versions, terminal tokens and heartbeats. */
@ConferenceServerTest
class RoomApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private ApiClient admin() {
        return new ApiClient(port, null).as("dali-admin", "REGION_ADMIN", "532900");
    }

    private ApiClient.Reply rawHeartbeat(String authorization) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/terminal/heartbeat"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody());
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            var r = java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Reply(r.statusCode(), null, null, r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void roomLifecycleWithVersions() {
        String name = "大理市第二会议室" + System.nanoTime();
        var created = admin().post("/api/v1/rooms", ApiClient.room("532901", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("terminalIssued").asBoolean()).isFalse();

        var duplicate = admin().post("/api/v1/rooms", ApiClient.room("532901", name));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("room.name.duplicate");

        Map<String, Object> change = ApiClient.room("532901", name);
        change.put("capacity", 45);
        assertThat(admin().put("/api/v1/rooms/" + id, change, null).status()).isEqualTo(428);
        var updated = admin().put("/api/v1/rooms/" + id, change, created.etag());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("capacity").asInt()).isEqualTo(45);
        assertThat(admin().put("/api/v1/rooms/" + id, change, created.etag()).status()).isEqualTo(412);
        assertThat(admin().get("/api/v1/rooms/" + id).etag()).isEqualTo(updated.etag());
    }

    @Test
    void badRoomInputIsNamedField() {
        Map<String, Object> bad = ApiClient.room("532901", "室".repeat(101));
        bad.put("capacity", -1);
        bad.put("contactEmail", "not-an-address");
        var r = admin().post("/api/v1/rooms", bad);
        assertThat(r.status()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        r.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactlyInAnyOrder("name.too-long", "capacity.range", "contact-email.malformed");
        assertThat(admin().post("/api/v1/rooms", ApiClient.room("999999", "x")).code()).isEqualTo("invalid-input");
    }

    @Test
    void terminalTokenSignsInUntilRevoked() {
        String id = admin().post("/api/v1/rooms", ApiClient.room("532900", "州会议室" + System.nanoTime())).json()
                .get("id").asString();
        var issued = admin().post("/api/v1/rooms/" + id + "/terminal-token", null);
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(token).startsWith("rt_");
        assertThat(jdbc.sql("select count(*) from meeting_room where terminal_token_hash = :t")
                .param("t", token.getBytes()).query(Long.class).single()).as("only a hash is stored").isZero();

        assertThat(admin().get("/api/v1/rooms/" + id).json().get("online").asBoolean()).isFalse();
        var beat = rawHeartbeat("Terminal " + token);
        assertThat(beat.status()).isEqualTo(200);
        assertThat(beat.body()).contains(id);
        assertThat(admin().get("/api/v1/rooms/" + id).json().get("online").asBoolean()).isTrue();

        assertThat(rawHeartbeat(null).status()).isEqualTo(401);
        assertThat(rawHeartbeat("Terminal rt_short").status()).isEqualTo(401);

        assertThat(admin().delete("/api/v1/rooms/" + id + "/terminal-token").status()).isEqualTo(204);
        var revoked = rawHeartbeat("Terminal " + token);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body()).contains("revoked");
    }
}
