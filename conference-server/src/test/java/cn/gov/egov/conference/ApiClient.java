package cn.gov.egov.conference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.platform.security.ServiceTokens;

/** Calls the running conference-server over HTTP as the portal would, for a given acting user. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Clock clock;
    private final ServiceTokens tokens;
    private final int port;
    private final ServiceTokens.Actor actor;

    public ApiClient(int port, ServiceTokens.Actor actor) {
        this(port, actor, Clock.systemUTC());
    }

    /** A client whose tokens are issued by {@code clock}: the server's, when a test moves the server's clock. */
    public ApiClient(int port, ServiceTokens.Actor actor, Clock clock) {
        this.port = port;
        this.actor = actor;
        this.clock = clock;
        this.tokens = new ServiceTokens(TestInfrastructure.SERVICE_SECRET, Duration.ofMinutes(5), clock);
    }

    public ApiClient as(String username, String role, String region) {
        return new ApiClient(port, new ServiceTokens.Actor(username, role, region, "10.0.0.7"), clock);
    }

    /** A response with its body parsed as JSON (null when empty). */
    public record Reply(int status, JsonNode json, String etag, String body) {
        public String code() {
            return json == null || json.get("code") == null ? null : json.get("code").asString();
        }
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, null);
    }

    public Reply put(String path, Object body, String ifMatch) {
        return send("PUT", path, body, ifMatch);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** A response whose body is not JSON (a file download). */
    public record Download(int status, String contentType, String contentDisposition, byte[] body) {
    }

    /** GETs a file. */
    public Download download(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
            if (actor != null) {
                request.header("Authorization", "Service " + tokens.issue("learning-portal", actor));
            }
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Content-Disposition").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Reply send(String method, String path, Object body, String ifMatch) {
        try {
            String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (actor != null) {
                request.header("Authorization", "Service " + tokens.issue("learning-portal", actor));
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
            return new Reply(r.statusCode(), parsed, r.headers().firstValue("ETag").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A room body. */
    public static Map<String, Object> room(String region, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regionCode", region);
        m.put("name", name);
        m.put("address", "测试地址");
        m.put("capacity", 30);
        m.put("contactName", "值班员");
        m.put("contactPhone", "0871-12345678");
        m.put("contactEmail", "duty@example.gov.cn");
        return m;
    }

    /** A conference body (times are Shanghai wall-clock strings). */
    public static Map<String, Object> conference(String title, String region, String main, Iterable<String> rooms,
                                                 String start, String end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("kind", "MEETING");
        m.put("organiserRegion", region);
        m.put("mainRoomId", main);
        m.put("roomIds", rooms);
        m.put("invitees", java.util.List.of());
        m.put("start", start);
        m.put("end", end);
        return m;
    }
}
