package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

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
import org.jitsi.xmpp.extensions.jingle.CandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.CandidateType;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceCandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceRtcpmuxPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;

/**
 * What one emulated bridge holds and how it answers a conference-modify, with JVB's rules as the project's Colibri2
 * test bridge ({@code Colibri2TestBridge} in colibri2-client's test-jar) has them, copied here so that the test-jar
 * stays as it is: the conference name must look like a JID, a created endpoint must declare {@code source-names},
 * at most one endpoint with media, transport or sources per request, and a conference expires when its last
 * endpoint and relay are removed. A refusal is an {@link IllegalArgumentException} with JVB's message. Media are not
 * forwarded; random values come from a non-secure generator (this is a benchmark, not a bridge).
 */
final class BridgeModel {

    /** One conference as the bridge holds it. */
    record Conference(String meetingId, String name, Map<String, Colibri2Endpoint> endpoints,
                      Map<String, Colibri2Relay> relays, Map<String, Set<String>> relayEndpoints) {
    }

    private final String id;
    private final String wsBase;
    private final Map<String, Conference> conferences = new ConcurrentHashMap<>();

    /** @param wsBase {@code ws://host:port}, for the bridge-channel URLs the answers carry */
    BridgeModel(String id, String wsBase) {
        this.id = id;
        this.wsBase = wsBase;
    }

    Map<String, Conference> conferences() {
        return Map.copyOf(conferences);
    }

    int endpointCount() {
        return conferences.values().stream().mapToInt(c -> c.endpoints().size()).sum();
    }

    synchronized ConferenceModifiedIQ handle(ConferenceModifyIQ request) {
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
            ice.addChildExtension(new WebSocketPacketExtension(wsBase + "/colibri-relay-ws/" + id + "/"
                    + c.meetingId() + "/" + r.getId() + "?pwd=" + random(12)));
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
        ThreadLocalRandom.current().nextBytes(digest);
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
            ice.addChildExtension(new WebSocketPacketExtension(wsBase + "/colibri-ws/" + id + "/" + meeting + "/"
                    + endpoint + "?pwd=" + random(12)));
        }
        ice.addChildExtension(new IceRtcpmuxPacketExtension());
        return ice;
    }

    private static Sources feedbackSources() {
        List<MediaSource> sources = new ArrayList<>();
        for (MediaType type : List.of(MediaType.AUDIO, MediaType.VIDEO)) {
            SourcePacketExtension ssrc = new SourcePacketExtension();
            ssrc.setSSRC(ThreadLocalRandom.current().nextLong(1, 0xffffffffL));
            String name = type == MediaType.AUDIO ? "jvb-a0" : "jvb-v0";
            ssrc.setName(name);
            sources.add(MediaSource.getBuilder().setType(type).setId(name).addSource(ssrc).build());
        }
        Sources.Builder b = Sources.getBuilder();
        sources.forEach(b::addMediaSource);
        return b.build();
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
