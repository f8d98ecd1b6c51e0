package cn.gov.egov.conference.focus;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

import cn.gov.egov.colibri.AllocationRejectedException;
import cn.gov.egov.colibri.BridgeException;
import cn.gov.egov.colibri.BridgeUnavailableException;
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
    /**
     * Bridges where this conference may exist although no session says so, with the endpoints that may be left
     * there: an allocation that timed out (a slow bridge goes on and creates the conference and the endpoint after
     * we gave up) or a bridge given up by {@link #evacuate}. The next allocation there first assumes the conference
     * exists (JVB refuses to create it twice) and then expires those endpoints, which would never expire by
     * themselves.
     */
    private final Map<String, Unsure> unsure = new LinkedHashMap<>();

    /** A bridge where the conference may exist, and the endpoints that may be there. */
    private record Unsure(Bridge bridge, Set<String> endpoints) {
    }

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
        ConferenceModifiedIQ answer;
        try {
            answer = allocate(bridge, participantId);
        } catch (BridgeUnavailableException e) {
            unsure.computeIfAbsent(bridge.id(), id -> new Unsure(bridge, new LinkedHashSet<>())).endpoints()
                    .add(participantId);
            throw e;
        }
        sessions.computeIfAbsent(bridge.id(), id -> new BridgeSession(bridge));
        expireLeftovers(bridge.id(), participantId);
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
     * Allocates the participant's endpoint, creating the conference on the bridge unless it is known (or may be)
     * there already. Where it only may be, a 404 means it is not after all: then it is created.
     */
    private ConferenceModifiedIQ allocate(Bridge bridge, String participantId) {
        boolean known = sessions.containsKey(bridge.id());
        boolean maybe = !known && unsure.containsKey(bridge.id());
        boolean create = !known && !maybe;
        try {
            return calls.send(bridge, endpointRequest(participantId, create));
        } catch (AllocationRejectedException e) {
            if (maybe && e.conferenceGone()) {
                unsure.remove(bridge.id());
                return calls.send(bridge, endpointRequest(participantId, true));
            }
            if (create && e.status() == 400 && String.valueOf(e.getMessage()).contains("Conference already exists")) {
                // ours all the same (the meeting id is this conference's): a request we gave up on reached it
                return calls.send(bridge, endpointRequest(participantId, false));
            }
            throw e;
        }
    }

    private ConferenceModifyIQ endpointRequest(String participantId, boolean create) {
        ConferenceModifyIQ.Builder iq = calls.request(create);
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId(participantId);
        endpoint.setStatsId(participantId);
        endpoint.setCreate(true);
        endpoint.addCapability("source-names");
        CodecProfile.media().forEach(endpoint::addMedia);
        endpoint.setTransport(Transport.getBuilder().setIceControlling(true).build());
        iq.addEndpoint(endpoint.build());
        return iq.build();
    }

    /** Expires, best effort, the endpoints an earlier timed-out allocation may have left on the bridge. */
    private void expireLeftovers(String bridgeId, String except) {
        Unsure u = unsure.remove(bridgeId);
        if (u == null) {
            return;
        }
        for (String id : u.endpoints()) {
            if (id.equals(except) || placements.containsKey(id)) {
                continue;
            }
            ConferenceModifyIQ.Builder iq = calls.request(false);
            Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
            endpoint.setId(id);
            endpoint.setExpire(true);
            iq.addEndpoint(endpoint.build());
            try {
                calls.send(u.bridge(), iq.build());
            } catch (BridgeException e) {
                // it was never created, or the bridge will forget it with the conference
            }
        }
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
        calls.sendRepeatable(sessions.get(p.bridgeId()).bridge, iq.build());
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

    /**
     * Expires the participant's endpoint and re-shapes the relays. The participant is forgotten even when its bridge
     * does not answer (the call's failure is thrown after the relays are re-shaped).
     */
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
        try {
            calls.sendIgnoringGone(s.bridge, iq.build());
        } catch (BridgeException e) {
            // a bridge that did not answer may keep the endpoint: expired with the next allocation there
            unsure.computeIfAbsent(s.bridge.id(), id -> new Unsure(s.bridge, new LinkedHashSet<>())).endpoints()
                    .add(participantId);
            relays.reconcile();
            throw e;
        }
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
        // if the bridge comes back, the conference and these endpoints may still be on it
        unsure.computeIfAbsent(bridgeId, id -> new Unsure(gone.bridge, new LinkedHashSet<>())).endpoints()
                .addAll(moved);
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
        for (Unsure u : unsure.values()) {
            if (!sessions.containsKey(u.bridge().id())) {
                ConferenceModifyIQ.Builder iq = calls.request(false);
                iq.setExpire(true);
                try {
                    calls.send(u.bridge(), iq.build());
                } catch (BridgeException e) {
                    // not there, or the bridge is gone
                }
            }
        }
        unsure.clear();
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
