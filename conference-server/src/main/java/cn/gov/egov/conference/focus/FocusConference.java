package cn.gov.egov.conference.focus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jitsi.xmpp.extensions.colibri.WebSocketPacketExtension;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Relay;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifiedIQ;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.colibri2.Endpoints;
import org.jitsi.xmpp.extensions.colibri2.Sources;
import org.jitsi.xmpp.extensions.colibri2.Transport;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
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

    /** What the focus holds for one bridge of this conference. */
    private static final class Session {
        final Bridge bridge;
        /** Relays of this bridge, by the peer bridge's id, with the participants told behind each. */
        final Map<String, Set<String>> relays = new LinkedHashMap<>();

        Session(Bridge bridge) {
            this.bridge = bridge;
        }
    }

    private final String meetingId;
    private final String name;
    private final Colibri2Client colibri;
    private final BridgeChooser chooser;
    private final CascadeTopology topology;
    private final FailureListener failures;
    private final Map<String, Placement> placements = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    /**
     * Bridges where this conference may exist although no session says so, with the endpoints that may be left
     * there: an allocation that timed out (a slow bridge goes on and creates the conference and the endpoint after
     * we gave up) or a bridge given up by {@link #evacuate}. The next allocation there first assumes the conference
     * exists (JVB refuses to create it twice) and then expires those endpoints, which would never expire by
     * themselves.
     */
    private final Map<String, Unsure> unsure = new LinkedHashMap<>();
    private int meshes;

    /** A bridge where the conference may exist, and the endpoints that may be there. */
    private record Unsure(Bridge bridge, Set<String> endpoints) {
    }

    public FocusConference(String meetingId, String name, Colibri2Client colibri, BridgeChooser chooser,
                           CascadeTopology topology, FailureListener failures) {
        this.meetingId = meetingId;
        this.name = name;
        this.colibri = colibri;
        this.chooser = chooser;
        this.topology = topology;
        this.failures = failures;
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
        sessions.computeIfAbsent(bridge.id(), id -> new Session(bridge));
        expireLeftovers(bridge.id(), participantId);
        IceUdpTransportPacketExtension transport = answer.getEndpoints().stream()
                .filter(e -> participantId.equals(e.getId()) && e.getTransport() != null).findFirst()
                .map(e -> e.getTransport().getIceUdpTransport())
                .orElseThrow(() -> new IllegalStateException("bridge " + bridge.id() + " sent no transport"));
        Placement placement = new Placement(participantId, region, bridge.id(), transport, null);
        placements.put(participantId, placement);
        reconcile();
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
            return send(bridge, endpointRequest(participantId, create));
        } catch (AllocationRejectedException e) {
            if (maybe && e.conferenceGone()) {
                unsure.remove(bridge.id());
                return send(bridge, endpointRequest(participantId, true));
            }
            if (create && e.status() == 400 && String.valueOf(e.getMessage()).contains("Conference already exists")) {
                // ours all the same (the meeting id is this conference's): a request we gave up on reached it
                return send(bridge, endpointRequest(participantId, false));
            }
            throw e;
        }
    }

    private ConferenceModifyIQ endpointRequest(String participantId, boolean create) {
        ConferenceModifyIQ.Builder iq = request(create);
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
            ConferenceModifyIQ.Builder iq = request(false);
            Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
            endpoint.setId(id);
            endpoint.setExpire(true);
            iq.addEndpoint(endpoint.build());
            try {
                send(u.bridge(), iq.build());
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
        ConferenceModifyIQ.Builder iq = request(false);
        iq.addEndpoint(endpoint.build());
        send(sessions.get(p.bridgeId()).bridge, iq.build());
        placements.put(participantId, new Placement(participantId, p.region(), p.bridgeId(), p.transport(),
                sources != null ? sources : p.sources()));
        if (sources == null) {
            return;
        }
        for (Session s : sessions.values()) {
            for (Map.Entry<String, Set<String>> relay : s.relays.entrySet()) {
                if (relay.getValue().contains(participantId)) {
                    Colibri2Endpoint.Builder remote = Colibri2Endpoint.getBuilder();
                    remote.setId(participantId);
                    remote.setSources(sources);
                    Colibri2Relay.Builder r = Colibri2Relay.getBuilder();
                    r.setId(relay.getKey());
                    r.setEndpoints(Endpoints.getBuilder().addEndpoint(remote.build()).build());
                    ConferenceModifyIQ.Builder update = request(false);
                    update.addRelay(r.build());
                    send(s.bridge, update.build());
                }
            }
        }
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
        ConferenceModifyIQ.Builder iq = request(false);
        iq.addEndpoint(endpoint.build());
        send(sessions.get(p.bridgeId()).bridge, iq.build());
    }

    /** Expires the participant's endpoint and re-shapes the relays. */
    public synchronized void leave(String participantId) {
        Placement p = placements.remove(participantId);
        if (p == null) {
            return;
        }
        Session s = sessions.get(p.bridgeId());
        ConferenceModifyIQ.Builder iq = request(false);
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId(participantId);
        endpoint.setExpire(true);
        iq.addEndpoint(endpoint.build());
        sendIgnoringGone(s.bridge, iq.build());
        reconcile();
    }

    /**
     * The bridge is gone: forgets it and everyone placed on it without calling it, re-shapes the relays among the
     * bridges left, and answers whom it took with it (to be joined again elsewhere).
     */
    public synchronized List<String> evacuate(String bridgeId) {
        Session gone = sessions.remove(bridgeId);
        if (gone == null) {
            return List.of();
        }
        List<String> moved = placements.values().stream().filter(p -> p.bridgeId().equals(bridgeId))
                .map(Placement::participantId).toList();
        moved.forEach(placements::remove);
        // if the bridge comes back, the conference and these endpoints may still be on it
        unsure.computeIfAbsent(bridgeId, id -> new Unsure(gone.bridge, new LinkedHashSet<>())).endpoints()
                .addAll(moved);
        for (Session s : sessions.values()) {
            if (s.relays.containsKey(bridgeId)) {
                expireRelay(s, bridgeId);
            }
        }
        reconcile();
        return moved;
    }

    /** Ends the conference on every bridge. */
    public synchronized void end() {
        for (Session s : sessions.values()) {
            ConferenceModifyIQ.Builder iq = request(false);
            iq.setExpire(true);
            sendIgnoringGone(s.bridge, iq.build());
        }
        for (Unsure u : unsure.values()) {
            if (!sessions.containsKey(u.bridge().id())) {
                ConferenceModifyIQ.Builder iq = request(false);
                iq.setExpire(true);
                try {
                    send(u.bridge(), iq.build());
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

    private void reconcile() {
        // the bridges with participants, and those already in the conference that still join others together
        // (a prefecture bridge keeps relaying between its county and the province when its own room leaves)
        Set<String> kept = new java.util.LinkedHashSet<>(sessions.keySet());
        Map<String, Set<String>> tree;
        while (true) {
            tree = tree(kept);
            Map<String, Set<String>> t = tree;
            Set<String> idle = kept.stream().filter(id -> placements.values().stream()
                    .noneMatch(p -> p.bridgeId().equals(id)) && t.getOrDefault(id, Set.of()).size() <= 1)
                    .collect(java.util.stream.Collectors.toSet());
            if (idle.isEmpty()) {
                break;
            }
            kept.removeAll(idle);
        }
        List<Bridge> inUse = kept.stream().map(id -> sessions.get(id).bridge).toList();
        // relays the tree no longer has
        for (Session s : List.copyOf(sessions.values())) {
            for (String peer : List.copyOf(s.relays.keySet())) {
                if (!tree.getOrDefault(s.bridge.id(), Set.of()).contains(peer)) {
                    expireRelay(s, peer);
                }
            }
        }
        sessions.keySet().retainAll(kept);
        // links the tree has now: the child (lower in the region tree) initiates
        for (CascadeTopology.Link l : topology.links(inUse)) {
            Session child = sessions.get(l.child().id());
            Session parent = sessions.get(l.parent().id());
            if (!child.relays.containsKey(parent.bridge.id())) {
                link(child, parent, tree);
            }
        }
        // who is behind each relay
        for (Session s : sessions.values()) {
            for (Map.Entry<String, Set<String>> relay : s.relays.entrySet()) {
                Set<String> wanted = behind(s.bridge.id(), relay.getKey(), tree);
                updateRelayEndpoints(s, relay.getKey(), relay.getValue(), wanted);
            }
        }
    }

    /** Neighbours of each bridge in the tree the given bridges call for. */
    private Map<String, Set<String>> tree(Set<String> bridgeIds) {
        Map<String, Set<String>> tree = new HashMap<>();
        List<Bridge> list = bridgeIds.stream().map(id -> sessions.get(id).bridge).toList();
        for (CascadeTopology.Link l : topology.links(list)) {
            tree.computeIfAbsent(l.child().id(), k -> new HashSet<>()).add(l.parent().id());
            tree.computeIfAbsent(l.parent().id(), k -> new HashSet<>()).add(l.child().id());
        }
        return tree;
    }

    /** Participants placed on the bridges reached from {@code peer} without passing {@code from}. */
    private Set<String> behind(String from, String peer, Map<String, Set<String>> tree) {
        Set<String> seen = new HashSet<>(Set.of(from));
        List<String> todo = new ArrayList<>(List.of(peer));
        Set<String> bridges = new HashSet<>();
        while (!todo.isEmpty()) {
            String b = todo.removeLast();
            if (seen.add(b)) {
                bridges.add(b);
                todo.addAll(tree.getOrDefault(b, Set.of()));
            }
        }
        Set<String> out = new HashSet<>();
        placements.values().stream().filter(p -> bridges.contains(p.bridgeId())).forEach(p -> out.add(p.participantId()));
        return out;
    }

    private void link(Session child, Session parent, Map<String, Set<String>> tree) {
        String mesh = String.valueOf(++meshes);
        Set<String> behindParent = behind(child.bridge.id(), parent.bridge.id(), tree);
        Set<String> behindChild = behind(parent.bridge.id(), child.bridge.id(), tree);
        IceUdpTransportPacketExtension childTransport = createRelay(child, parent.bridge.id(), mesh, true,
                behindParent);
        IceUdpTransportPacketExtension parentTransport = createRelay(parent, child.bridge.id(), mesh, false,
                behindChild);
        // each side gets the other's transport; DTLS roles fixed; only the initiator opens the bridge channel
        setRelayTransport(child, parent.bridge.id(), parentTransport, "active", true);
        setRelayTransport(parent, child.bridge.id(), childTransport, "passive", false);
    }

    private IceUdpTransportPacketExtension createRelay(Session s, String peer, String mesh, boolean initiator,
                                                       Set<String> endpoints) {
        Colibri2Relay.Builder relay = Colibri2Relay.getBuilder();
        relay.setId(peer);
        relay.setMeshId(mesh);
        relay.setCreate(true);
        CodecProfile.media().forEach(relay::addMedia);
        relay.setEndpoints(endpoints(endpoints, true));
        relay.setTransport(Transport.getBuilder().setIceControlling(initiator).setUseUniquePort(initiator).build());
        ConferenceModifyIQ.Builder iq = request(false);
        iq.addRelay(relay.build());
        ConferenceModifiedIQ answer = send(s.bridge, iq.build());
        s.relays.put(peer, new HashSet<>(endpoints));
        return answer.getRelays().stream().filter(r -> peer.equals(r.getId()) && r.getTransport() != null)
                .findFirst().map(r -> r.getTransport().getIceUdpTransport())
                .orElseThrow(() -> new IllegalStateException("bridge " + s.bridge.id() + " sent no relay transport"));
    }

    private void setRelayTransport(Session s, String peer, IceUdpTransportPacketExtension transport, String setup,
                                   boolean keepWebSocket) {
        for (DtlsFingerprintPacketExtension fp : transport.getChildExtensionsOfType(
                DtlsFingerprintPacketExtension.class)) {
            fp.setSetup(setup);
        }
        if (!keepWebSocket) {
            transport.getChildExtensionsOfType(WebSocketPacketExtension.class)
                    .forEach(transport::removeChildExtension);
        }
        Colibri2Relay.Builder relay = Colibri2Relay.getBuilder();
        relay.setId(peer);
        relay.setTransport(Transport.getBuilder().setIceUdpExtension(transport).build());
        ConferenceModifyIQ.Builder iq = request(false);
        iq.addRelay(relay.build());
        send(s.bridge, iq.build());
    }

    private void updateRelayEndpoints(Session s, String peer, Set<String> current, Set<String> wanted) {
        Set<String> add = new HashSet<>(wanted);
        add.removeAll(current);
        Set<String> remove = new HashSet<>(current);
        remove.removeAll(wanted);
        if (add.isEmpty() && remove.isEmpty()) {
            return;
        }
        Endpoints.Builder eps = Endpoints.getBuilder();
        endpoints(add, true).getEndpoints().forEach(eps::addEndpoint);
        for (String id : remove) {
            Colibri2Endpoint.Builder e = Colibri2Endpoint.getBuilder();
            e.setId(id);
            e.setExpire(true);
            eps.addEndpoint(e.build());
        }
        Colibri2Relay.Builder relay = Colibri2Relay.getBuilder();
        relay.setId(peer);
        relay.setEndpoints(eps.build());
        ConferenceModifyIQ.Builder iq = request(false);
        iq.addRelay(relay.build());
        send(s.bridge, iq.build());
        current.addAll(add);
        current.removeAll(remove);
    }

    private void expireRelay(Session s, String peer) {
        Colibri2Relay.Builder relay = Colibri2Relay.getBuilder();
        relay.setId(peer);
        relay.setExpire(true);
        ConferenceModifyIQ.Builder iq = request(false);
        iq.addRelay(relay.build());
        sendIgnoringGone(s.bridge, iq.build());
        s.relays.remove(peer);
    }

    private Endpoints endpoints(Set<String> ids, boolean create) {
        Endpoints.Builder eps = Endpoints.getBuilder();
        for (String id : ids.stream().sorted().toList()) {
            Colibri2Endpoint.Builder e = Colibri2Endpoint.getBuilder();
            e.setId(id);
            e.setCreate(create);
            Placement p = placements.get(id);
            if (p != null && p.sources() != null) {
                e.setSources(p.sources());
            }
            eps.addEndpoint(e.build());
        }
        return eps.build();
    }

    private ConferenceModifyIQ.Builder request(boolean create) {
        ConferenceModifyIQ.Builder iq = ConferenceModifyIQ.builder("focus");
        iq.setMeetingId(meetingId);
        if (create) {
            iq.setCreate(true);
            iq.setConferenceName(name);
        }
        return iq;
    }

    private ConferenceModifiedIQ send(Bridge bridge, ConferenceModifyIQ iq) {
        try {
            return colibri.send(bridge.baseUrl(), iq);
        } catch (BridgeException e) {
            if (e.removeBridge()) {
                failures.bridgeFailed(bridge.id(), e.getMessage());
            }
            throw e;
        }
    }

    private void sendIgnoringGone(Bridge bridge, ConferenceModifyIQ iq) {
        try {
            send(bridge, iq);
        } catch (AllocationRejectedException e) {
            if (!e.conferenceGone()) {
                throw e;
            }
        }
    }

    /** No bridge can take a participant of this region now. */
    public static class NoBridgeException extends RuntimeException {
        public NoBridgeException(String region) {
            super("no video bridge can take a participant of region " + region + " now");
        }
    }
}
