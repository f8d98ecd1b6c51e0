package cn.gov.egov.colibri;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri.SourcePacketExtension;
import org.jitsi.xmpp.extensions.colibri.WebSocketPacketExtension;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Relay;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifiedIQ;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.colibri2.MediaSource;
import org.jitsi.xmpp.extensions.colibri2.Sources;
import org.jitsi.xmpp.extensions.colibri2.Transport;
import org.jitsi.xmpp.extensions.colibri2.json.Colibri2JSONDeserializer;
import org.jitsi.xmpp.extensions.colibri2.json.Colibri2JSONSerializer;
import org.jitsi.xmpp.extensions.jingle.CandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.CandidateType;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceCandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceRtcpmuxPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;

/**
 * A Colibri2 test bridge for CI, where no JVB can be installed: an HTTP server that reads requests with
 * jitsi-xmpp-extensions' deserializer and answers in JVB's JSON through its serializer, with JVB's rules as seen on
 * a real bridge (DESIGN.md §3): the conference name must look like a JID, a created endpoint must declare
 * {@code source-names}, at most one endpoint with media or transport per request, 404 when PATCHing an unknown
 * meeting, 400 with JVB's JSON error body otherwise, and a conference expires when its last endpoint and relay are
 * removed. It keeps conferences, endpoints and relays, and can be made to fail, hang
 * or answer garbage. Media are not forwarded.
 */
public final class Colibri2TestBridge implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One conference as the bridge holds it. */
    public record Conference(String meetingId, String name, Map<String, Colibri2Endpoint> endpoints,
                             Map<String, Colibri2Relay> relays, Map<String, Set<String>> relayEndpoints) {
    }

    private final HttpServer server;
    private final String id;
    private final Map<String, Conference> conferences = new ConcurrentHashMap<>();
    private final List<ConferenceModifyIQ> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<Fault> fault = new AtomicReference<>();
    private volatile boolean healthy = true;
    private volatile Duration healthDelay = Duration.ZERO;
    private volatile double stress;

    private record Fault(int status, String body, Duration delay, boolean once) {
    }

    private Colibri2TestBridge(String id) throws IOException {
        this.id = id;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/colibri/v2/conferences", this::conferences);
        server.createContext("/about/health", ex -> {
            sleep(healthDelay);
            reply(ex, healthy ? 200 : 500, healthy ? "" : "unhealthy");
        });
        server.createContext("/colibri/stats", this::stats);
        server.start();
    }

    public static Colibri2TestBridge start(String id) {
        try {
            return new Colibri2TestBridge(id);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public String id() {
        return id;
    }

    /** The next request (or every request, when not {@code once}) answers {@code status} with {@code body}. */
    public void fail(int status, String body, boolean once) {
        fault.set(new Fault(status, body, Duration.ZERO, once));
    }

    /** Every request waits {@code delay} before it is answered normally (a hanging bridge). */
    public void hang(Duration delay) {
        fault.set(new Fault(0, null, delay, false));
    }

    public void heal() {
        fault.set(null);
        healthy = true;
        healthDelay = Duration.ZERO;
    }

    public void setHealthy(boolean healthy) {
        this.healthy = healthy;
    }

    /** {@code /about/health} answers only after {@code delay} (until {@link #heal()}). */
    public void slowHealth(Duration delay) {
        this.healthDelay = delay;
    }

    public void setStress(double stress) {
        this.stress = stress;
    }

    public Map<String, Conference> conferences() {
        return Map.copyOf(conferences);
    }

    /** Every request the bridge understood, oldest first. */
    public List<ConferenceModifyIQ> received() {
        return List.copyOf(received);
    }

    private void conferences(HttpExchange ex) throws IOException {
        try (ex) {
            Fault f = fault.get();
            if (f != null) {
                if (f.once()) {
                    fault.compareAndSet(f, null);
                }
                if (!f.delay().isZero()) {
                    sleep(f.delay());
                } else {
                    reply(ex, f.status(), f.body());
                    return;
                }
            }
            String path = ex.getRequestURI().getPath();
            String tail = path.substring("/colibri/v2/conferences".length());
            String meeting = tail.startsWith("/") ? tail.substring(1) : null;
            boolean post = ex.getRequestMethod().equals("POST") && (meeting == null || meeting.isEmpty());
            boolean patch = ex.getRequestMethod().equals("PATCH") && meeting != null && !meeting.isEmpty();
            if (!post && !patch) {
                reply(ex, 405, "");
                return;
            }
            if (patch && !conferences.containsKey(meeting)) {
                reply(ex, 404, "");
                return;
            }
            ConferenceModifyIQ request;
            try {
                JsonNode body = JSON.readTree(ex.getRequestBody());
                if (!(body instanceof ObjectNode object)) {
                    reply(ex, 400, "");
                    return;
                }
                ConferenceModifyIQ.Builder builder = Colibri2JSONDeserializer.deserializeConferenceModify(object);
                if (patch) {
                    builder.setMeetingId(meeting);
                }
                request = builder.build();
            } catch (RuntimeException | IOException e) {
                reply(ex, 400, "Failed to parse ConferenceModify JSON:" + e.getMessage());
                return;
            }
            received.add(request);
            try {
                ConferenceModifiedIQ answer = handle(request);
                reply(ex, 200, JSON.writeValueAsString(Colibri2JSONSerializer.serializeConferenceModified(answer)));
            } catch (IllegalArgumentException e) {
                // JVB's error body, as a real bridge sends it
                reply(ex, 400, JSON.writeValueAsString(Map.of("message", "Failed to create conference: "
                        + e.getMessage(), "url", "http://" + ex.getLocalAddress().getHostString() + ":"
                        + ex.getLocalAddress().getPort() + path, "status", "400")));
            }
        }
    }

    private synchronized ConferenceModifiedIQ handle(ConferenceModifyIQ request) {
        String meeting = request.getMeetingId();
        Conference conference = conferences.get(meeting);
        ConferenceModifiedIQ.Builder answer = ConferenceModifiedIQ.builder("test-bridge");
        if (request.getCreate()) {
            if (conference != null) {
                throw new IllegalArgumentException("Conference already exists for ID: " + meeting);
            }
            String name = request.getConferenceName();
            if (name == null || !name.contains("@")) {
                throw new IllegalArgumentException("Conference name must be a JID: " + name);
            }
            conference = new Conference(meeting, name, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
            conferences.put(meeting, conference);
            answer.setSources(feedbackSources());
        } else if (conference == null) {
            throw new IllegalArgumentException("Conference not found for ID: " + meeting);
        }
        if (request.getExpire()) {
            conferences.remove(meeting);
            return answer.build();
        }
        long withMedia = request.getEndpoints().stream()
                .filter(e -> !e.getMedia().isEmpty() || e.getTransport() != null || e.getSources() != null).count();
        if (withMedia > 1) {
            throw new IllegalArgumentException("Only one endpoint with media, transport or sources per request");
        }
        for (Colibri2Endpoint e : request.getEndpoints()) {
            answer.addEndpoint(endpoint(conference, e));
        }
        for (Colibri2Relay r : request.getRelays()) {
            Colibri2Relay out = relay(conference, r);
            if (out != null) {
                answer.addRelay(out);
            }
        }
        boolean removedSome = request.getEndpoints().stream().anyMatch(Colibri2Endpoint::getExpire)
                || request.getRelays().stream().anyMatch(Colibri2Relay::getExpire);
        if (removedSome && conference.endpoints().isEmpty() && conference.relays().isEmpty()) {
            conferences.remove(meeting); // as JVB: "All endpoints and relays removed, expiring."
        }
        return answer.build();
    }

    private Colibri2Endpoint endpoint(Conference c, Colibri2Endpoint e) {
        if (e.getExpire()) {
            c.endpoints().remove(e.getId());
            Colibri2Endpoint.Builder gone = Colibri2Endpoint.getBuilder();
            gone.setId(e.getId());
            return gone.build();
        }
        if (e.getCreate()) {
            if (!e.hasCapability("source-names")) {
                throw new IllegalArgumentException("Source name support is mandatory.");
            }
            if (c.endpoints().containsKey(e.getId())) {
                throw new IllegalArgumentException("Endpoint with ID " + e.getId() + " already exists");
            }
        } else if (!c.endpoints().containsKey(e.getId())) {
            throw new IllegalArgumentException("Unknown endpoint " + e.getId());
        }
        c.endpoints().put(e.getId(), e);
        Colibri2Endpoint.Builder out = Colibri2Endpoint.getBuilder();
        out.setId(e.getId());
        if (e.getCreate() || (e.getTransport() != null && e.getTransport().getIceRestart())) {
            out.setTransport(Transport.getBuilder().setIceUdpExtension(ice(c.meetingId(), e.getId())).build());
        }
        return out.build();
    }

    private Colibri2Relay relay(Conference c, Colibri2Relay r) {
        if (r.getExpire()) {
            c.relays().remove(r.getId());
            c.relayEndpoints().remove(r.getId());
            return null;
        }
        if (r.getCreate() && c.relays().containsKey(r.getId())) {
            throw new IllegalArgumentException("Relay with ID " + r.getId() + " already exists");
        }
        if (!r.getCreate() && !c.relays().containsKey(r.getId())) {
            throw new IllegalArgumentException("Unknown relay " + r.getId());
        }
        c.relays().put(r.getId(), r);
        Set<String> behind = c.relayEndpoints().computeIfAbsent(r.getId(), k -> ConcurrentHashMap.newKeySet());
        if (r.getEndpoints() != null) {
            for (Colibri2Endpoint e : r.getEndpoints().getEndpoints()) {
                if (e.getExpire()) {
                    behind.remove(e.getId());
                } else if (e.getCreate() && !behind.add(e.getId())) {
                    throw new IllegalArgumentException("Relay endpoint " + e.getId() + " already exists");
                } else if (!e.getCreate() && !behind.contains(e.getId())) {
                    throw new IllegalArgumentException("Unknown relay endpoint " + e.getId());
                }
            }
        }
        Colibri2Relay.Builder out = Colibri2Relay.getBuilder();
        out.setId(r.getId());
        if (r.getCreate()) {
            IceUdpTransportPacketExtension ice = ice(c.meetingId(), null);
            ice.addChildExtension(new WebSocketPacketExtension("ws://127.0.0.1:" + server.getAddress().getPort()
                    + "/colibri-relay-ws/" + id + "/" + c.meetingId() + "/" + r.getId() + "?pwd=" + random(12)));
            out.setTransport(Transport.getBuilder().setIceUdpExtension(ice).build());
        }
        return out.build();
    }

    private IceUdpTransportPacketExtension ice(String meeting, String endpoint) {
        IceUdpTransportPacketExtension ice = new IceUdpTransportPacketExtension();
        ice.setUfrag(random(7));
        ice.setPassword(random(13));
        DtlsFingerprintPacketExtension fp = new DtlsFingerprintPacketExtension();
        byte[] digest = new byte[32];
        RANDOM.nextBytes(digest);
        fp.setFingerprint(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        fp.setHash("sha-256");
        fp.setSetup("actpass");
        ice.addChildExtension(fp);
        CandidatePacketExtension candidate = new IceCandidatePacketExtension();
        candidate.setComponent(1);
        candidate.setFoundation("1");
        candidate.setGeneration(0);
        candidate.setID(random(8));
        candidate.setNetwork(0);
        candidate.setPriority(2130706431L);
        candidate.setProtocol("udp");
        candidate.setType(CandidateType.host);
        candidate.setIP("127.0.0.1");
        candidate.setPort(10000);
        ice.addCandidate(candidate);
        if (endpoint != null) {
            ice.addChildExtension(new WebSocketPacketExtension("ws://127.0.0.1:" + server.getAddress().getPort()
                    + "/colibri-ws/" + id + "/" + meeting + "/" + endpoint + "?pwd=" + random(12)));
        }
        ice.addChildExtension(new IceRtcpmuxPacketExtension());
        return ice;
    }

    private static Sources feedbackSources() {
        List<MediaSource> sources = new ArrayList<>();
        for (MediaType type : List.of(MediaType.AUDIO, MediaType.VIDEO)) {
            SourcePacketExtension ssrc = new SourcePacketExtension();
            ssrc.setSSRC(RANDOM.nextLong(1, 0xffffffffL));
            String name = type == MediaType.AUDIO ? "jvb-a0" : "jvb-v0";
            ssrc.setName(name);
            sources.add(MediaSource.getBuilder().setType(type).setId(name).addSource(ssrc).build());
        }
        Sources.Builder b = Sources.getBuilder();
        sources.forEach(b::addMediaSource);
        return b.build();
    }

    private void stats(HttpExchange ex) throws IOException {
        try (ex) {
            int endpoints = conferences.values().stream().mapToInt(c -> c.endpoints().size()).sum();
            reply(ex, 200, JSON.writeValueAsString(Map.of("stress_level", stress, "conferences", conferences.size(),
                    "participants", endpoints, "endpoints", endpoints, "octo_endpoints", 0, "healthy", healthy,
                    "version", "test-bridge")));
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

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
