package cn.gov.egov.conference.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.colibri.Colibri2TestBridge;
import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.conference.ConferenceServerTest;

/**
 * Bridges through the API against Colibri2 test bridges: a system administrator adds them, health and load come from
 * polling, a failing bridge leaves selection and comes back, selection follows the region tree, and every refusal
 * is explained and audited.
 */
@ConferenceServerTest
class BridgeApiIT {

    private static final Colibri2TestBridge KUNMING = Colibri2TestBridge.start("jvb-kunming");
    private static final Colibri2TestBridge PROVINCE = Colibri2TestBridge.start("jvb-province");

    @LocalServerPort
    int port;
    @Autowired
    BridgeRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopBridges() {
        KUNMING.close();
        PROVINCE.close();
    }

    private ApiClient sys() {
        return new ApiClient(port, null).as("sys", "SYSTEM_ADMIN", "530000");
    }

    private static Map<String, Object> bridge(String id, URI url, String region, Integer capacity) {
        Map<String, Object> b = new HashMap<>();
        b.put("id", id);
        b.put("url", url == null ? null : url.toString());
        b.put("regionCode", region);
        b.put("capacity", capacity);
        return b;
    }

    @Test
    void systemAdministratorsAddBridgesThatAreThenPolledAndSelected() {
        var province = sys().post("/api/v1/bridges", bridge("jvb-province", PROVINCE.uri(), "530000", 300));
        assertThat(province.status()).as(province.body()).isEqualTo(201);
        var kunming = sys().post("/api/v1/bridges", bridge("jvb-kunming", KUNMING.uri(), "530100", 100));
        assertThat(kunming.status()).as(kunming.body()).isEqualTo(201);
        assertThat(kunming.json().get("healthy").asBoolean()).isTrue();
        assertThat(kunming.json().get("participants").asInt()).isZero();

        assertThat(registry.select("530102")).get().extracting(s -> s.bridge().id()).isEqualTo("jvb-kunming");
        assertThat(registry.select("532901")).get().extracting(s -> s.bridge().id()).isEqualTo("jvb-province");

        KUNMING.setHealthy(false);
        registry.poll();
        assertThat(registry.select("530102")).as("Kunming's bridge is out").get()
                .extracting(s -> s.bridge().id()).isEqualTo("jvb-province");
        JsonNode listed = find(new ApiClient(port, null).as("km", "REGION_ADMIN", "530100").get("/api/v1/bridges")
                .json(), "jvb-kunming");
        assertThat(listed.get("healthy").asBoolean()).isFalse();
        assertThat(listed.get("lastError").asString()).contains("health");
        KUNMING.heal();
        registry.poll();
        assertThat(registry.select("530102")).as("back after a good poll").get()
                .extracting(s -> s.bridge().id()).isEqualTo("jvb-kunming");

        registry.reportFailure("jvb-kunming", "allocation timed out");
        assertThat(registry.select("530102")).get().extracting(s -> s.bridge().id()).isEqualTo("jvb-province");
        registry.poll();

        var stale = sys().put("/api/v1/bridges/jvb-kunming", bridge("ignored", KUNMING.uri(), "530100", 50), "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        var disabled = sys().put("/api/v1/bridges/jvb-kunming", Map.of("url", KUNMING.uri().toString(),
                "regionCode", "530100", "capacity", 50, "enabled", false), kunming.etag());
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(registry.select("530102")).get().extracting(s -> s.bridge().id()).isEqualTo("jvb-province");

        String metrics = prometheus();
        assertThat(metrics).contains("bridge_healthy{").contains("bridge=\"jvb-province\"");
        assertThat(metrics).as("the health polls' round trips, per bridge").containsPattern(
                "colibri2_round_trip_seconds_count\\{[^}]*bridge=\"" + java.util.regex.Pattern.quote(
                        KUNMING.uri().getAuthority()) + "\"[^}]*exchange=\"health\"[^}]*outcome=\"2xx\"[^}]*} [1-9]");
        assertThat(sys().delete("/api/v1/bridges/jvb-kunming").status()).isEqualTo(204);
        assertThat(registry.get("jvb-kunming")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where action in ('BRIDGE_ADD', 'BRIDGE_UPDATE', "
                + "'BRIDGE_REMOVE') and target_id = 'jvb-kunming'").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void onlySystemAdministratorsOfTheRegionChangeBridgesAndBadInputIsNamed() {
        long denied = deniedCount();
        var regionAdmin = new ApiClient(port, null).as("km", "REGION_ADMIN", "530100")
                .post("/api/v1/bridges", bridge("jvb-x", KUNMING.uri(), "530100", 10));
        assertThat(regionAdmin.status()).isEqualTo(403);
        var otherProvince = new ApiClient(port, null).as("dali-sys", "SYSTEM_ADMIN", "532900")
                .post("/api/v1/bridges", bridge("jvb-y", KUNMING.uri(), "530100", 10));
        assertThat(otherProvince.status()).isEqualTo(403);
        var learner = new ApiClient(port, null).as("zhang", "LEARNER", "530102").get("/api/v1/bridges");
        assertThat(learner.status()).isEqualTo(403);
        assertThat(deniedCount()).isEqualTo(denied + 3);

        assertThat(codes(sys().post("/api/v1/bridges", bridge("Bad Id!", KUNMING.uri(), "530100", 10))))
                .contains("bridge-id.malformed");
        assertThat(codes(sys().post("/api/v1/bridges", bridge("jvb-z", URI.create("ftp://x/"), "530100", 10))))
                .contains("bridge-url.malformed");
        assertThat(codes(sys().post("/api/v1/bridges", bridge("jvb-z", null, "999999", 0))))
                .contains("bridge-url.malformed", "region.unknown", "capacity.range");
        assertThat(codes(sys().post("/api/v1/bridges", bridge("j".repeat(65), KUNMING.uri(), "530100", 10))))
                .contains("bridge-id.malformed");
        sys().post("/api/v1/bridges", bridge("jvb-dup", PROVINCE.uri(), "530000", 10));
        var duplicate = sys().post("/api/v1/bridges", bridge("jvb-dup", PROVINCE.uri(), "530000", 10));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(sys().delete("/api/v1/bridges/jvb-dup").status()).isEqualTo(204);
        assertThat(sys().delete("/api/v1/bridges/no-such-bridge").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from bridge where id in ('jvb-x', 'jvb-y', 'jvb-z')").query(Long.class)
                .single()).isZero();
    }

    private long deniedCount() {
        return jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'").query(Long.class).single();
    }

    private static List<String> codes(ApiClient.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("code").asString()));
        return out;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no bridge " + id + " in " + list);
    }

    private String prometheus() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
