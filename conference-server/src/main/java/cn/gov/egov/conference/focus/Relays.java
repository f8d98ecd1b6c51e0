package cn.gov.egov.conference.focus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

import cn.gov.egov.conference.bridge.Bridge;
import cn.gov.egov.conference.bridge.selection.CascadeTopology;

/**
 * The relays of one conference kept equal to the region-tree cascade its bridges call for (ADR 0013): links made,
 * links dropped, and each relay told which participants (and their sources) lie behind it. Works on the focus's own
 * maps of bridge sessions and placements; called under the focus's lock.
 */
final class Relays {

    private final Map<String, BridgeSession> sessions;
    private final Map<String, Placement> placements;
    private final CascadeTopology topology;
    private final BridgeCalls calls;
    private int meshes;

    Relays(Map<String, BridgeSession> sessions, Map<String, Placement> placements, CascadeTopology topology,
           BridgeCalls calls) {
        this.sessions = sessions;
        this.placements = placements;
        this.topology = topology;
        this.calls = calls;
    }

    /** Tells every relay the participant lies behind about its new sources. */
    void tellSources(String participantId, Sources sources) {
        for (BridgeSession s : sessions.values()) {
            for (Map.Entry<String, Set<String>> relay : s.relays.entrySet()) {
                if (relay.getValue().contains(participantId)) {
                    Colibri2Endpoint.Builder remote = Colibri2Endpoint.getBuilder();
                    remote.setId(participantId);
                    remote.setSources(sources);
                    Colibri2Relay.Builder r = Colibri2Relay.getBuilder();
                    r.setId(relay.getKey());
                    r.setEndpoints(Endpoints.getBuilder().addEndpoint(remote.build()).build());
                    ConferenceModifyIQ.Builder update = calls.request(false);
                    update.addRelay(r.build());
                    calls.sendRepeatable(s.bridge, update.build());
                }
            }
        }
    }

    void reconcile() {
        // the bridges with participants, and those already in the conference that still join others together
        // (a prefecture bridge keeps relaying between its county and the province when its own room leaves)
        Set<String> kept = new java.util.LinkedHashSet<>(sessions.keySet());
        Map<String, List<String>> onBridge = onBridge();
        Map<String, Set<String>> tree;
        while (true) {
            tree = tree(kept);
            Map<String, Set<String>> t = tree;
            Set<String> idle = kept.stream().filter(id -> !onBridge.containsKey(id)
                    && t.getOrDefault(id, Set.of()).size() <= 1)
                    .collect(java.util.stream.Collectors.toSet());
            if (idle.isEmpty()) {
                break;
            }
            kept.removeAll(idle);
        }
        List<Bridge> inUse = kept.stream().map(id -> sessions.get(id).bridge).toList();
        // relays the tree no longer has
        for (BridgeSession s : List.copyOf(sessions.values())) {
            for (String peer : List.copyOf(s.relays.keySet())) {
                if (!tree.getOrDefault(s.bridge.id(), Set.of()).contains(peer)) {
                    expireRelay(s, peer);
                }
            }
        }
        sessions.keySet().retainAll(kept);
        // links the tree has now: the child (lower in the region tree) initiates
        for (CascadeTopology.Link l : topology.links(inUse)) {
            BridgeSession child = sessions.get(l.child().id());
            BridgeSession parent = sessions.get(l.parent().id());
            if (!child.relays.containsKey(parent.bridge.id())) {
                link(child, parent, tree, onBridge);
            }
        }
        // who is behind each relay
        for (BridgeSession s : sessions.values()) {
            for (Map.Entry<String, Set<String>> relay : s.relays.entrySet()) {
                Set<String> wanted = behind(s.bridge.id(), relay.getKey(), tree, onBridge);
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

    /**
     * Participants placed on the bridges reached from {@code peer} without passing {@code from}. The participants
     * of each bridge are gathered once per reconcile ({@code onBridge}): with every room of a province on its own
     * bridge, scanning all placements for every relay made the focus's own time grow with the cube of the
     * conference (FocusBench).
     */
    private static Set<String> behind(String from, String peer, Map<String, Set<String>> tree,
                                      Map<String, List<String>> onBridge) {
        Set<String> seen = new HashSet<>(Set.of(from));
        List<String> todo = new ArrayList<>(List.of(peer));
        Set<String> out = new HashSet<>();
        while (!todo.isEmpty()) {
            String b = todo.removeLast();
            if (seen.add(b)) {
                out.addAll(onBridge.getOrDefault(b, List.of()));
                todo.addAll(tree.getOrDefault(b, Set.of()));
            }
        }
        return out;
    }

    /** The participants placed on each bridge. */
    private Map<String, List<String>> onBridge() {
        Map<String, List<String>> out = new HashMap<>();
        for (Placement p : placements.values()) {
            out.computeIfAbsent(p.bridgeId(), k -> new ArrayList<>()).add(p.participantId());
        }
        return out;
    }

    private void link(BridgeSession child, BridgeSession parent, Map<String, Set<String>> tree,
                      Map<String, List<String>> onBridge) {
        String mesh = String.valueOf(++meshes);
        Set<String> behindParent = behind(child.bridge.id(), parent.bridge.id(), tree, onBridge);
        Set<String> behindChild = behind(parent.bridge.id(), child.bridge.id(), tree, onBridge);
        IceUdpTransportPacketExtension childTransport = createRelay(child, parent.bridge.id(), mesh, true,
                behindParent);
        IceUdpTransportPacketExtension parentTransport = createRelay(parent, child.bridge.id(), mesh, false,
                behindChild);
        // each side gets the other's transport; DTLS roles fixed; only the initiator opens the bridge channel
        setRelayTransport(child, parent.bridge.id(), parentTransport, "active", true);
        setRelayTransport(parent, child.bridge.id(), childTransport, "passive", false);
    }

    private IceUdpTransportPacketExtension createRelay(BridgeSession s, String peer, String mesh, boolean initiator,
                                                       Set<String> endpoints) {
        Colibri2Relay.Builder relay = Colibri2Relay.getBuilder();
        relay.setId(peer);
        relay.setMeshId(mesh);
        relay.setCreate(true);
        CodecProfile.media().forEach(relay::addMedia);
        relay.setEndpoints(endpoints(endpoints, true));
        relay.setTransport(Transport.getBuilder().setIceControlling(initiator).setUseUniquePort(initiator).build());
        ConferenceModifyIQ.Builder iq = calls.request(false);
        iq.addRelay(relay.build());
        ConferenceModifiedIQ answer = calls.send(s.bridge, iq.build());
        s.relays.put(peer, new HashSet<>(endpoints));
        return answer.getRelays().stream().filter(r -> peer.equals(r.getId()) && r.getTransport() != null)
                .findFirst().map(r -> r.getTransport().getIceUdpTransport())
                .orElseThrow(() -> new IllegalStateException("bridge " + s.bridge.id() + " sent no relay transport"));
    }

    private void setRelayTransport(BridgeSession s, String peer, IceUdpTransportPacketExtension transport, String setup,
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
        ConferenceModifyIQ.Builder iq = calls.request(false);
        iq.addRelay(relay.build());
        calls.send(s.bridge, iq.build());
    }

    private void updateRelayEndpoints(BridgeSession s, String peer, Set<String> current, Set<String> wanted) {
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
        ConferenceModifyIQ.Builder iq = calls.request(false);
        iq.addRelay(relay.build());
        calls.send(s.bridge, iq.build());
        current.addAll(add);
        current.removeAll(remove);
    }

    void expireRelay(BridgeSession s, String peer) {
        Colibri2Relay.Builder relay = Colibri2Relay.getBuilder();
        relay.setId(peer);
        relay.setExpire(true);
        ConferenceModifyIQ.Builder iq = calls.request(false);
        iq.addRelay(relay.build());
        calls.sendIgnoringGone(s.bridge, iq.build());
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
}
