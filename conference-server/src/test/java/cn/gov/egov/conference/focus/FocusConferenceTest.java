package cn.gov.egov.conference.focus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri.SourcePacketExtension;
import org.jitsi.xmpp.extensions.colibri.WebSocketPacketExtension;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Relay;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.colibri2.MediaSource;
import org.jitsi.xmpp.extensions.colibri2.Sources;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.egov.colibri.BridgeStats;
import cn.gov.egov.colibri.BridgeUnavailableException;
import cn.gov.egov.colibri.Colibri2Client;
import cn.gov.egov.colibri.Colibri2TestBridge;
import cn.gov.egov.conference.bridge.Bridge;
import cn.gov.egov.conference.bridge.BridgeStatus;
import cn.gov.egov.conference.bridge.selection.CascadeTopology;
import cn.gov.egov.conference.bridge.selection.RegionTreeSelector;
import cn.gov.egov.region.RegionTree;

/**
 * The focus against four Colibri2 test bridges on Yunnan's region tree (province, Kunming, its county Wuhua, Dali):
 * endpoints on the bridge of each participant's region, relays along the tree whatever the order people join,
 * each relay told who is behind it, DTLS roles and the bridge channel set on the two sides, and everything
 * re-shaped as participants leave.
 */
class FocusConferenceTest {

    private static final RegionTree YUNNAN = RegionTree.province("530000");

    private final Map<String, Colibri2TestBridge> bridges = new LinkedHashMap<>();
    private final Map<String, Bridge> model = new LinkedHashMap<>();
    private final List<String> failed = new ArrayList<>();
    private final String meeting = UUID.randomUUID().toString();

    private FocusConference focus() {
        // generous: on a loaded machine a test bridge's answer can take longer than a real deployment's timeout
        return focus(Duration.ofSeconds(10));
    }

    private FocusConference focus(Duration timeout) {
        for (var b : Map.of("province", "530000", "kunming", "530100", "wuhua", "530102", "dali", "532900")
                .entrySet()) {
            Colibri2TestBridge tb = Colibri2TestBridge.start(b.getKey());
            bridges.put(b.getKey(), tb);
            model.put(b.getKey(), new Bridge(b.getKey(), tb.uri(), b.getValue(), 100, true, "CONFIG", 0));
        }
        RegionTreeSelector selector = new RegionTreeSelector(YUNNAN);
        FocusConference.BridgeChooser chooser = region -> selector.select(region, model.values().stream()
                .map(b -> new BridgeStatus(b, true, new BridgeStats(0, 0, 0, 0, "t"), null, 0, null)).toList())
                .map(BridgeStatus::bridge);
        return new FocusConference(meeting, meeting + "@conference.egov.local",
                new Colibri2Client(timeout), chooser, new CascadeTopology(YUNNAN),
                (id, reason) -> failed.add(id));
    }

    @AfterEach
    void stop() {
        bridges.values().forEach(Colibri2TestBridge::close);
    }

    private Map<String, Set<String>> behind(String bridge) {
        var c = bridges.get(bridge).conferences().get(meeting);
        return c == null ? Map.of() : c.relayEndpoints();
    }

    @Test
    void relaysFollowTheRegionTreeWhateverTheOrderOfJoining() {
        FocusConference focus = focus();
        // a county room first, the province last: the tree must still be county-prefecture-province
        Placement w1 = focus.join("w1", "530102");
        assertThat(w1.bridgeId()).isEqualTo("wuhua");
        assertThat(w1.transport().getUfrag()).isNotBlank();
        focus.join("k1", "530100");
        focus.join("p1", "530000");
        Placement d1 = focus.join("d1", "532901");
        assertThat(d1.bridgeId()).as("Dali city has no bridge: its prefecture's").isEqualTo("dali");

        assertThat(behind("wuhua")).isEqualTo(Map.of("kunming", Set.of("k1", "p1", "d1")));
        assertThat(behind("kunming")).isEqualTo(Map.of("wuhua", Set.of("w1"), "province", Set.of("p1", "d1")));
        assertThat(behind("province")).isEqualTo(Map.of("kunming", Set.of("k1", "w1"), "dali", Set.of("d1")));
        assertThat(behind("dali")).isEqualTo(Map.of("province", Set.of("p1", "k1", "w1")));
        assertThat(focus.relays().get("kunming")).isEqualTo(behind("kunming"));
        for (String b : bridges.keySet()) {
            assertThat(bridges.get(b).conferences().get(meeting).endpoints()).hasSize(1);
        }

        // the child of each link initiates: it gets the parent's transport as "active" with the bridge channel,
        // the parent gets the child's as "passive" without it
        IceUdpTransportPacketExtension toChild = relayTransport("wuhua", "kunming");
        IceUdpTransportPacketExtension toParent = relayTransport("kunming", "wuhua");
        assertThat(setup(toChild)).isEqualTo("active");
        assertThat(toChild.getChildExtensionsOfType(WebSocketPacketExtension.class)).hasSize(1);
        assertThat(setup(toParent)).isEqualTo("passive");
        assertThat(toParent.getChildExtensionsOfType(WebSocketPacketExtension.class)).isEmpty();
        Colibri2Relay created = bridges.get("wuhua").received().stream().flatMap(iq -> iq.getRelays().stream())
                .filter(Colibri2Relay::getCreate).findFirst().orElseThrow();
        assertThat(created.getTransport().getIceControlling()).isTrue();
        assertThat(created.getTransport().getUseUniquePort()).isTrue();
        assertThat(created.getMeshId()).isNotBlank();
        assertThat(created.getMedia()).hasSize(2);
    }

    @Test
    void leavingReShapesTheCascadeAndEndingClearsEveryBridge() {
        FocusConference focus = focus();
        for (var p : Map.of("p1", "530000", "k1", "530100", "w1", "530102", "d1", "532901").entrySet()) {
            focus.join(p.getKey(), p.getValue());
        }
        focus.leave("d1");
        assertThat(bridges.get("dali").conferences()).as("its last endpoint and relay gone").doesNotContainKey(meeting);
        assertThat(behind("province")).isEqualTo(Map.of("kunming", Set.of("k1", "w1")));
        assertThat(behind("kunming")).isEqualTo(Map.of("wuhua", Set.of("w1"), "province", Set.of("p1")));
        focus.leave("k1");
        assertThat(behind("kunming")).as("still relaying between the county and the province")
                .isEqualTo(Map.of("wuhua", Set.of("w1"), "province", Set.of("p1")));
        focus.leave("w1");
        assertThat(bridges.get("wuhua").conferences()).doesNotContainKey(meeting);
        assertThat(behind("province")).isEmpty();
        focus.join("w2", "530102");
        assertThat(behind("wuhua")).isEqualTo(Map.of("province", Set.of("p1")));
        focus.end();
        bridges.values().forEach(b -> assertThat(b.conferences()).doesNotContainKey(meeting));
    }

    @Test
    void aBrokenBridgeIsReportedAndNoBridgeIsSaid() {
        FocusConference focus = focus();
        bridges.get("kunming").fail(503, "overloaded", false);
        assertThatThrownBy(() -> focus.join("k1", "530100")).isInstanceOf(BridgeUnavailableException.class);
        assertThat(failed).containsExactly("kunming");
        assertThat(focus.placements()).isEmpty();
        FocusConference none = new FocusConference(meeting, meeting + "@x", new Colibri2Client(Duration.ofSeconds(1)),
                region -> Optional.empty(), new CascadeTopology(YUNNAN), (id, r) -> { });
        assertThatThrownBy(() -> none.join("k1", "530100")).isInstanceOf(FocusConference.NoBridgeException.class)
                .hasMessageContaining("530100");
    }

    @Test
    void aBridgeThatAnswersTooLateIsNotAskedToCreateTheConferenceTwice() throws InterruptedException {
        // seen on a real JVB: its first conference took longer than the client's timeout, was created all the same,
        // and every later "create" was refused (400 "Conference already exists"), so nobody could join there again
        FocusConference focus = focus(Duration.ofSeconds(2));
        bridges.get("kunming").hang(Duration.ofSeconds(4));
        assertThatThrownBy(() -> focus.join("k1", "530100")).isInstanceOf(BridgeUnavailableException.class);
        bridges.get("kunming").heal();
        for (int i = 0; i < 100 && !bridges.get("kunming").conferences().containsKey(meeting); i++) {
            Thread.sleep(50);
        }
        assertThat(bridges.get("kunming").conferences().get(meeting).endpoints()).containsOnlyKeys("k1");

        assertThat(focus.join("k2", "530100").bridgeId()).isEqualTo("kunming");
        assertThat(bridges.get("kunming").conferences().get(meeting).endpoints())
                .as("the endpoint of the request given up on is expired").containsOnlyKeys("k2");

        // a bridge given up on (failover) that comes back: its conference is still there
        focus.evacuate("kunming");
        assertThat(focus.join("k3", "530100").bridgeId()).isEqualTo("kunming");
        assertThat(bridges.get("kunming").conferences().get(meeting).endpoints()).containsOnlyKeys("k3");

        // and where the conference is not there after all, it is created
        bridges.get("province").fail(503, "overloaded", true);
        assertThatThrownBy(() -> focus.join("p1", "530000")).isInstanceOf(BridgeUnavailableException.class);
        assertThat(focus.join("p2", "530000").bridgeId()).isEqualTo("province");
        assertThat(bridges.get("province").conferences().get(meeting).endpoints()).containsOnlyKeys("p2");
        focus.end();
        bridges.values().forEach(b -> assertThat(b.conferences()).doesNotContainKey(meeting));
    }

    @Test
    void anEndpointUpdateTheBridgeFailsWith500IsSentOnceMoreBeforeTheBridgeIsReported() {
        // seen on a real JVB while a failover's participants arrived: a ConcurrentModificationException of its own,
        // answered as 500; the same request a moment later went through
        FocusConference focus = focus();
        focus.join("k1", "530100");
        bridges.get("kunming").fail(500, "java.util.ConcurrentModificationException", true);
        focus.update("k1", null, audio("k1-a0", 111));
        assertThat(failed).isEmpty();
        assertThat(bridges.get("kunming").received().getLast().getEndpoints().getFirst().getSources()).isNotNull();

        bridges.get("kunming").fail(500, "broken", false);
        assertThatThrownBy(() -> focus.update("k1", null, audio("k1-a0", 222)))
                .isInstanceOf(BridgeUnavailableException.class);
        assertThat(failed).containsExactly("kunming");
    }

    private static Sources audio(String name, long ssrc) {
        SourcePacketExtension s = new SourcePacketExtension();
        s.setSSRC(ssrc);
        s.setName(name);
        return Sources.getBuilder().addMediaSource(MediaSource.getBuilder().setType(MediaType.AUDIO).setId(name)
                .addSource(s).build()).build();
    }

    private IceUdpTransportPacketExtension relayTransport(String bridge, String relay) {
        for (ConferenceModifyIQ iq : bridges.get(bridge).received()) {
            for (Colibri2Relay r : iq.getRelays()) {
                if (r.getId().equals(relay) && !r.getCreate() && r.getTransport() != null
                        && r.getTransport().getIceUdpTransport() != null) {
                    return r.getTransport().getIceUdpTransport();
                }
            }
        }
        throw new AssertionError("no relay transport sent to " + bridge + " for " + relay);
    }

    private static String setup(IceUdpTransportPacketExtension t) {
        return t.getChildExtensionsOfType(DtlsFingerprintPacketExtension.class).getFirst().getSetup();
    }
}
