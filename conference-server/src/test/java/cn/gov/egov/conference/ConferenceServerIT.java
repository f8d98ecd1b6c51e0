package cn.gov.egov.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.platform.security.ServiceTokens;

/** The whole app on a real PostgreSQL: migrations, region catalogue, demo rooms, service-token API, health. */
@ConferenceServerTest
@ActiveProfiles("dev")
class ConferenceServerIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void regionCatalogueHoldsTheCountryWithYunnan() {
        assertThat(jdbc.sql("select count(*) from region where level = 'PREFECTURE' and code like '53%'")
                .query(Long.class).single()).isEqualTo(16);
        assertThat(jdbc.sql("select count(*) from region where level = 'COUNTY' and code like '53%'")
                .query(Long.class).single()).isEqualTo(129);
        assertThat(jdbc.sql("select count(*) from region where level = 'PROVINCE'").query(Long.class).single())
                .isEqualTo(31);
    }

    @Test
    void roomsOfASubtreeNeedAServiceToken() throws Exception {
        assertThat(get("/api/v1/rooms?region=530100", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/rooms?region=530100", "Service forged.123.abc").statusCode()).isEqualTo(401);
        String expired = new ServiceTokens(TestInfrastructure.SERVICE_SECRET, Duration.ofMinutes(5),
                Clock.offset(Clock.systemUTC(), Duration.ofHours(-1))).issue("learning-portal");
        assertThat(get("/api/v1/rooms?region=530100", "Service " + expired).statusCode()).isEqualTo(401);

        assertThat(get("/api/v1/rooms?region=530100", "Service " + tokens.issue("learning-portal")).statusCode())
                .as("a bare service call acts for nobody and administers nothing").isEqualTo(403);

        var sys = new ApiClient(port, null).as("sysadmin", "SYSTEM_ADMIN", "530000");
        String suffix = String.valueOf(System.nanoTime());
        sys.post("/api/v1/rooms", ApiClient.room("530102", "五华区会议室" + suffix));
        sys.post("/api/v1/rooms", ApiClient.room("532901", "大理市会议室" + suffix));

        var admin = new ServiceTokens.Actor("region-admin", "REGION_ADMIN", "530100");
        var ok = get("/api/v1/rooms?region=530100&size=200", "Service " + tokens.issue("learning-portal", admin));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("五华区会议室" + suffix).doesNotContain("大理市会议室" + suffix);
    }

    @Test
    void malformedRegionIsABadRequestWithProblemDetails() throws Exception {
        var admin = new ServiceTokens.Actor("sysadmin", "SYSTEM_ADMIN", "530000");
        var response = get("/api/v1/rooms?region=53'--", "Service " + tokens.issue("learning-portal", admin));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unknown region");
    }

    @Test
    void healthAndMetricsAreOpenEverythingElseIsNot() throws Exception {
        var health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(get("/actuator/prometheus", null).body()).contains("application=\"conference-server\"");
        assertThat(get("/actuator/env", null).statusCode()).isIn(401, 403);
        assertThat(get("/v3/api-docs", null).body()).contains("/api/v1/conferences", "/api/v1/rooms");
    }
}
