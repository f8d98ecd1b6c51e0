package cn.gov.egov.conference.focus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifiedIQ;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.colibri2.Sources;
import org.jitsi.xmpp.extensions.colibri2.Transport;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;

import cn.gov.egov.colibri.Colibri2Client;
import cn.gov.egov.conference.bridge.Bridge;
import cn.gov.egov.conference.bridge.selection.CascadeTopology;

/**
 * One live conference as its focus runs it on the bridges (the job Jicofo does): each participant gets an endpoint
 * on the bridge chosen for its region; the bridges in use are joined by relays shaped like the region tree
 * ({@link CascadeTopology}), each link its own mesh so bridges forward between links; and every relay is kept told
 * which participants lie behind it. After every join or leave the relays are reconciled with the tree the current
 * bridges call for, so a bridge that enters or leaves re-shapes the cascade. Not thread-safe by itself: calls are
 * serialised (synchronized). Plain Java over {@link Colibri2Client}.
 */
public final class FocusConference {

    /** Chooses the bridge for a participant of a region. */
    public interface BridgeChooser {
        Optional<Bridge> choose(String region);
    }

    /** Hears that a bridge failed a call in a way that should take it out of selection. */
    public interface FailureListener {
        void bridgeFailed(String bridgeId, String reason);
    }

    private final BridgeChooser chooser;
    private final BridgeCalls calls;
    private final Map<String, Placement> placements = new LinkedHashMap<>();
    private final Map<String, BridgeSession> sessions = new LinkedHashMap<>();
    private final Relays relays;

    public FocusConference(String meetingId, String name, Colibri2Client colibri, BridgeChooser chooser,
                           CascadeTopology topology, FailureListener failures) {
        this.chooser = chooser;
        this.calls = new BridgeCalls(meetingId, name, colibri, failures);
        this.relays = new Relays(sessions, placements, topology, calls);
    }

    /** Allocates the participant an endpoint and re-shapes the relays; answers where its media go. */
    public synchronized Placement join(String participantId, String region) {
        if (placements.containsKey(participantId)) {
            throw new IllegalStateException(participantId + " has joined already");
        }
        Bridge bridge = chooser.choose(region).orElseThrow(() -> new NoBridgeException(region));
        boolean create = !sessions.containsKey(bridge.id());
        ConferenceModifyIQ.Builder iq = calls.request(create);
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId(participantId);
        endpoint.setStatsId(participantId);
        endpoint.setCreate(true);
        endpoint.addCapability("source-names");
        CodecProfile.media().forEach(endpoint::addMedia);
        endpoint.setTransport(Transport.getBuilder().setIceControlling(true).build());
        iq.addEndpoint(endpoint.build());
        ConferenceModifiedIQ answer = calls.send(bridge, iq.build());
        sessions.computeIfAbsent(bridge.id(), id -> new BridgeSession(bridge));
        IceUdpTransportPacketExtension transport = answer.getEndpoints().stream()
                .filter(e -> participantId.equals(e.getId()) && e.getTransport() != null).findFirst()
                .map(e -> e.getTransport().getIceUdpTransport())
                .orElseThrow(() -> new IllegalStateException("bridge " + bridge.id() + " sent no transport"));
        Placement placement = new Placement(participantId, region, bridge.id(), transport, null);
        placements.put(participantId, placement);
        relays.reconcile();
        return placement;
    }

    /**
     * Gives the participant's bridge what its client answered (transport: ICE credentials and DTLS fingerprint, only
     * needed once; sources: its SSRCs and groups) and tells every relay it lies behind about its new sources, so
     * the far bridges forward them too.
     */
    public synchronized void update(String participantId, IceUdpTransportPacketExtension transport, Sources sources) {
        Placement p = placements.get(participantId);
        if (p == null) {
            throw new IllegalStateException(participantId + " is not in the conference");
        }
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId(participantId);
        if (transport != null) {
            endpoint.setTransport(Transport.getBuilder().setIceUdpExtension(transport).build());
        }
        if (sources != null) {
            endpoint.setSources(sources);
        }
        ConferenceModifyIQ.Builder iq = calls.request(false);
        iq.addEndpoint(endpoint.build());
        calls.send(sessions.get(p.bridgeId()).bridge, iq.build());
        placements.put(participantId, new Placement(participantId, p.region(), p.bridgeId(), p.transport(),
                sources != null ? sources : p.sources()));
        if (sources == null) {
            return;
        }
        relays.tellSources(participantId, sources);
    }

    /** Forces the participant's microphone and camera off (true) or lets them be on (false), on its bridge. */
    public synchronized void forceMute(String participantId, boolean audio, boolean video) {
        Placement p = placements.get(participantId);
        if (p == null) {
            return;
        }
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId(participantId);
        endpoint.setForceMute(audio, video);
        ConferenceModifyIQ.Builder iq = calls.request(false);
        iq.addEndpoint(endpoint.build());
        calls.send(sessions.get(p.bridgeId()).bridge, iq.build());
    }

    /** Expires the participant's endpoint and re-shapes the relays. */
    public synchronized void leave(String participantId) {
        Placement p = placements.remove(participantId);
        if (p == null) {
            return;
        }
        BridgeSession s = sessions.get(p.bridgeId());
        ConferenceModifyIQ.Builder iq = calls.request(false);
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId(participantId);
        endpoint.setExpire(true);
        iq.addEndpoint(endpoint.build());
        calls.sendIgnoringGone(s.bridge, iq.build());
        relays.reconcile();
    }

    /**
     * The bridge is gone: forgets it and everyone placed on it without calling it, re-shapes the relays among the
     * bridges left, and answers whom it took with it (to be joined again elsewhere).
     */
    public synchronized List<String> evacuate(String bridgeId) {
        BridgeSession gone = sessions.remove(bridgeId);
        if (gone == null) {
            return List.of();
        }
        List<String> moved = placements.values().stream().filter(p -> p.bridgeId().equals(bridgeId))
                .map(Placement::participantId).toList();
        moved.forEach(placements::remove);
        for (BridgeSession s : sessions.values()) {
            if (s.relays.containsKey(bridgeId)) {
                relays.expireRelay(s, bridgeId);
            }
        }
        relays.reconcile();
        return moved;
    }

    /** Ends the conference on every bridge. */
    public synchronized void end() {
        for (BridgeSession s : sessions.values()) {
            ConferenceModifyIQ.Builder iq = calls.request(false);
            iq.setExpire(true);
            calls.sendIgnoringGone(s.bridge, iq.build());
        }
        sessions.clear();
        placements.clear();
    }

    public synchronized Map<String, Placement> placements() {
        return Map.copyOf(placements);
    }

    /** For each bridge in use, its relays (by peer bridge) and the participants told behind each. */
    public synchronized Map<String, Map<String, Set<String>>> relays() {
        Map<String, Map<String, Set<String>>> out = new LinkedHashMap<>();
        sessions.forEach((id, s) -> {
            Map<String, Set<String>> r = new LinkedHashMap<>();
            s.relays.forEach((peer, eps) -> r.put(peer, Set.copyOf(eps)));
            out.put(id, r);
        });
        return out;
    }

    /** No bridge can take a participant of this region now. */
    public static class NoBridgeException extends RuntimeException {
        public NoBridgeException(String region) {
            super("no video bridge can take a participant of region " + region + " now");
        }
    }
}
