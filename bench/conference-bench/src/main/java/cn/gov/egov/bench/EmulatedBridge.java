package cn.gov.egov.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifiedIQ;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.colibri2.json.Colibri2JSONDeserializer;
import org.jitsi.xmpp.extensions.colibri2.json.Colibri2JSONSerializer;

/**
 * A Colibri2 bridge in the benchmark's process that speaks JVB's JSON over HTTP (the project's test bridge, copied
 * down to what the focus uses: {@link BridgeModel}) and emulates a real JVB's speed: every Colibri2 request takes at
 * least {@link #latency()} at the bridge (the handler sleeps for what is left of it after doing the work; DESIGN.md
 * §3 measured 6–9 ms median per endpoint allocation on a real JVB). Health and stats answer at once. Every Colibri2
 * request is recorded with its time at the bridge: from the handler taking it up to the answer having been written.
 */
final class EmulatedBridge implements AutoCloseable {

    /** One Colibri2 request as the bridge saw it; {@code request} is null when it could not be read. */
    record Call(String bridgeId, String meetingId, ConferenceModifyIQ request, CallKind kind, int status,
                long startNanos, long endNanos) {

        long nanos() {
            return endNanos - startNanos;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFERENCES = "/colibri/v2/conferences";

    private final HttpServer server;
    private final String id;
    private final String regionCode;
    private final BridgeModel model;
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicLong callCount = new AtomicLong();
    /** Per endpoint, when the bridge had answered its first request carrying the client's transport and sources. */
    private final Map<String, Long> answered = new ConcurrentHashMap<>();
    private volatile long latencyNanos;

    private EmulatedBridge(String id, String regionCode, Duration latency) throws IOException {
        this.id = id;
        this.regionCode = regionCode;
        this.latencyNanos = latency.toNanos();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        this.model = new BridgeModel(id, "ws://127.0.0.1:" + server.getAddress().getPort());
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext(CONFERENCES, this::conferences);
        server.createContext("/about/health", ex -> {
            try (ex) {
                reply(ex, 200, "");
            }
        });
        server.createContext("/colibri/stats", this::stats);
        server.start();
    }

    static EmulatedBridge start(String id, String regionCode, Duration latency) {
        try {
            return new EmulatedBridge(id, regionCode, latency);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start bridge " + id, e);
        }
    }

    String id() {
        return id;
    }

    String regionCode() {
        return regionCode;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    Duration latency() {
        return Duration.ofNanos(latencyNanos);
    }

    void setLatency(Duration latency) {
        this.latencyNanos = latency.toNanos();
    }

    /** Every Colibri2 request recorded since the last {@link #clearCalls()}, in the order they were answered. */
    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** Every request the bridge understood since the last {@link #clearCalls()} (as the test bridge's). */
    List<ConferenceModifyIQ> received() {
        return calls.stream().map(Call::request).filter(r -> r != null).toList();
    }

    /** How many endpoints have received their client's transport and sources. */
    int answeredEndpoints() {
        return answered.size();
    }

    long callCount() {
        return callCount.get();
    }

    void clearCalls() {
        calls.clear();
        callCount.set(0);
        answered.clear();
    }

    Map<String, BridgeModel.Conference> conferences() {
        return model.conferences();
    }

    private void conferences(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        String meeting = null;
        ConferenceModifyIQ request = null;
        int status;
        long end;
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String tail = path.substring(CONFERENCES.length());
            meeting = tail.startsWith("/") ? tail.substring(1) : null;
            boolean post = ex.getRequestMethod().equals("POST") && (meeting == null || meeting.isEmpty());
            boolean patch = ex.getRequestMethod().equals("PATCH") && meeting != null && !meeting.isEmpty();
            String body;
            if (!post && !patch) {
                status = 405;
                body = "";
            } else if (patch && !model.conferences().containsKey(meeting)) {
                status = 404;
                body = "";
            } else {
                try {
                    JsonNode json = JSON.readTree(ex.getRequestBody());
                    if (!(json instanceof ObjectNode object)) {
                        throw new IOException("not a JSON object");
                    }
                    ConferenceModifyIQ.Builder builder = Colibri2JSONDeserializer.deserializeConferenceModify(object);
                    if (patch) {
                        builder.setMeetingId(meeting);
                    }
                    request = builder.build();
                    meeting = request.getMeetingId();
                    ConferenceModifiedIQ answer = model.handle(request);
                    status = 200;
                    body = JSON.writeValueAsString(Colibri2JSONSerializer.serializeConferenceModified(answer));
                } catch (IllegalArgumentException e) {
                    status = 400;
                    body = JSON.writeValueAsString(Map.of("message", "Failed to create conference: "
                            + e.getMessage(), "status", "400"));
                } catch (RuntimeException | IOException e) {
                    status = 400;
                    body = "Failed to parse ConferenceModify JSON:" + e.getMessage();
                }
            }
            awaitLatency(start);
            reply(ex, status, body);
            end = System.nanoTime(); // the answer is written: the focus may already be reading it
        }
        if (status == 200) {
            noteAnswered(request, end);
        }
        calls.add(new Call(id, meeting, status == 200 ? request : null, status == 200 ? CallKind.of(request)
                : CallKind.REFUSED, status, start, end));
        callCount.incrementAndGet();
    }

    private void noteAnswered(ConferenceModifyIQ request, long when) {
        for (Colibri2Endpoint e : request.getEndpoints()) {
            if (!e.getCreate() && e.getTransport() != null && e.getSources() != null) {
                answered.putIfAbsent(e.getId(), when);
            }
        }
    }

    /** Sleeps for what is left of the artificial latency (parking is precise to well under a millisecond). */
    private void awaitLatency(long start) {
        long deadline = start + latencyNanos;
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private void stats(HttpExchange ex) throws IOException {
        try (ex) {
            int endpoints = model.endpointCount();
            reply(ex, 200, JSON.writeValueAsString(Map.of("stress_level", 0.0, "conferences",
                    model.conferences().size(), "participants", endpoints, "endpoints", endpoints,
                    "octo_endpoints", 0, "healthy", true, "version", "bench-bridge")));
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "text/plain");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
