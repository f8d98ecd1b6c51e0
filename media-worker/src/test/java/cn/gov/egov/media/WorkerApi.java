package cn.gov.egov.media;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.platform.security.ServiceTokens;

/** Calls a worker's API as the portal does, with a signed service token. */
public final class WorkerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ServiceTokens tokens = new ServiceTokens(TestInfrastructure.SERVICE_SECRET, Duration.ofMinutes(5),
            Clock.systemUTC());
    private final String base;

    public WorkerApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String code() {
            return json().path("code").asString();
        }
    }

    public Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply submit(UUID asset, String sourceKey, String filename) {
        return post("/api/v1/jobs", JSON.writeValueAsString(java.util.Map.of("assetId", asset.toString(),
                "sourceKey", sourceKey, "filename", filename, "kind", "UPLOAD")));
    }

    /** Puts a test file into the store as the asset's original, as the portal does after an upload; its key. */
    public static String putOriginal(cn.gov.egov.objectstore.ObjectStore store, UUID asset, java.nio.file.Path clip) {
        String key = cn.gov.egov.objectstore.ObjectKeys.original(asset, "mp4");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(clip)) {
            store.put(key, in, java.nio.file.Files.size(clip), "video/mp4");
            return key;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.header("Authorization", "Service " + tokens.issue("portal"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
