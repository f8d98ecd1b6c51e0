package cn.gov.egov.colibri;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jitsi.xmpp.extensions.colibri2.ConferenceModifiedIQ;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.colibri2.json.Colibri2JSONDeserializer;
import org.jitsi.xmpp.extensions.colibri2.json.Colibri2JSONSerializer;

/**
 * Colibri2 over JVB's private HTTP interface (DESIGN.md §3): {@code POST /colibri/v2/conferences} creates,
 * {@code PATCH /colibri/v2/conferences/{meeting-id}} changes or expires; requests and answers are the model of
 * jitsi-xmpp-extensions turned into JSON by its own serializer. Also health and load. Thread-safe; every call has
 * the timeout given at construction.
 */
public final class Colibri2Client {

    private static final String CONFERENCES = "colibri/v2/conferences";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a round trip to a bridge was: a conference-modify, a health check or a stats read. */
    public enum Exchange { CONFERENCE, HEALTH, STATS }

    /**
     * Hears of every HTTP round trip to a bridge: from handing the request to the HTTP client until its answer has
     * been read (status -1: no answer — timeout or connection failure). Serialising the request and parsing the
     * answer are not part of it. For metrics; called on the caller's thread, so it must be quick.
     */
    @FunctionalInterface
    public interface RoundTrips {
        RoundTrips NONE = (bridge, exchange, nanos, status) -> { };

        void completed(URI bridge, Exchange exchange, long nanos, int status);
    }

    private final HttpClient http;
    private final Duration timeout;
    private final RoundTrips roundTrips;

    public Colibri2Client(Duration timeout) {
        this(timeout, RoundTrips.NONE);
    }

    public Colibri2Client(Duration timeout, RoundTrips roundTrips) {
        this.timeout = timeout;
        this.roundTrips = roundTrips;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Sends a conference-modify: a POST when it creates the conference, a PATCH of the meeting otherwise. */
    public ConferenceModifiedIQ send(URI bridge, ConferenceModifyIQ request) {
        ObjectNode body = Colibri2JSONSerializer.serializeConferenceModify(request);
        HttpRequest.Builder http = HttpRequest.newBuilder(request.getCreate()
                        ? bridge.resolve("/" + CONFERENCES)
                        : bridge.resolve("/" + CONFERENCES + "/" + request.getMeetingId()))
                .timeout(timeout).header("Content-Type", "application/json").header("Accept", "application/json");
        String text = write(body);
        http = request.getCreate() ? http.POST(HttpRequest.BodyPublishers.ofString(text))
                : http.method("PATCH", HttpRequest.BodyPublishers.ofString(text));
        HttpResponse<String> response = call(bridge, http.build(), Exchange.CONFERENCE);
        int status = response.statusCode();
        if (status >= 500) {
            throw new BridgeUnavailableException(status, "bridge " + bridge + " failed (" + status + "): "
                    + excerpt(response.body()), null);
        }
        if (status >= 400) {
            throw new AllocationRejectedException(status, "bridge " + bridge + " refused (" + status + "): "
                    + excerpt(response.body()));
        }
        try {
            JsonNode answer = JSON.readTree(response.body());
            if (!(answer instanceof ObjectNode object)) {
                throw new BridgeUnavailableException("bridge " + bridge + " answered no JSON object", null);
            }
            return Colibri2JSONDeserializer.deserializeConferenceModified(object).build();
        } catch (JsonProcessingException | RuntimeException e) {
            if (e instanceof BridgeException b) {
                throw b;
            }
            throw new BridgeUnavailableException("bridge " + bridge + " answered what is not Colibri2: "
                    + excerpt(response.body()), e);
        }
    }

    /** True when {@code GET /about/health} answers 200 in time. */
    public boolean healthy(URI bridge) {
        try {
            return call(bridge, HttpRequest.newBuilder(bridge.resolve("/about/health")).timeout(timeout).GET()
                    .build(), Exchange.HEALTH).statusCode() == 200;
        } catch (BridgeUnavailableException e) {
            return false;
        }
    }

    /** The bridge's load from {@code GET /colibri/stats}. */
    public BridgeStats stats(URI bridge) {
        HttpResponse<String> response = call(bridge, HttpRequest.newBuilder(bridge.resolve("/colibri/stats"))
                .timeout(timeout).GET().build(), Exchange.STATS);
        if (response.statusCode() != 200) {
            throw new BridgeUnavailableException("bridge " + bridge + " stats answered " + response.statusCode(),
                    null);
        }
        try {
            JsonNode s = JSON.readTree(response.body());
            if (!s.has("stress_level")) {
                throw new BridgeUnavailableException("bridge " + bridge + " stats lack stress_level", null);
            }
            return new BridgeStats(s.path("stress_level").asDouble(), s.path("conferences").asInt(),
                    s.path("participants").asInt(s.path("endpoints").asInt()), s.path("octo_endpoints").asInt(),
                    s.path("version").asText(null));
        } catch (JsonProcessingException e) {
            throw new BridgeUnavailableException("bridge " + bridge + " stats are not JSON", e);
        }
    }

    private HttpResponse<String> call(URI bridge, HttpRequest request, Exchange exchange) {
        long start = System.nanoTime();
        int status = -1;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            return response;
        } catch (HttpTimeoutException e) {
            throw new BridgeUnavailableException("bridge " + bridge + " did not answer within " + timeout, e);
        } catch (IOException e) {
            throw new BridgeUnavailableException("bridge " + bridge + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BridgeUnavailableException("interrupted while calling bridge " + bridge, e);
        } finally {
            roundTrips.completed(bridge, exchange, System.nanoTime() - start, status);
        }
    }

    private static String write(ObjectNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
