package cn.gov.egov.colibri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.jitsi.xmpp.extensions.colibri.WebSocketPacketExtension;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifiedIQ;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the Colibri2 test bridge: JVB's JSON both ways, and every way a bridge can fail. */
class Colibri2ClientTest {

    private final Colibri2TestBridge bridge = Colibri2TestBridge.start("jvb-test");
    private final Colibri2Client client = new Colibri2Client(Duration.ofMillis(800));

    @AfterEach
    void stop() {
        bridge.close();
    }

    @Test
    void allocatesAnEndpointAndReadsItsTransport() {
        String meeting = UUID.randomUUID().toString();
        ConferenceModifiedIQ answer = client.send(bridge.uri(), Requests.createWithEndpoint(meeting, "room-1", true));
        IceUdpTransportPacketExtension ice = answer.getEndpoints().getFirst().getTransport().getIceUdpTransport();
        assertThat(answer.getEndpoints().getFirst().getId()).isEqualTo("room-1");
        assertThat(ice.getUfrag()).isNotBlank();
        assertThat(ice.getPassword()).isNotBlank();
        assertThat(ice.getChildExtensionsOfType(DtlsFingerprintPacketExtension.class).getFirst().getSetup())
                .isEqualTo("actpass");
        assertThat(ice.getCandidateList()).isNotEmpty();
        assertThat(ice.getChildExtensionsOfType(WebSocketPacketExtension.class).getFirst().getUrl())
                .startsWith("ws://").contains("/colibri-ws/jvb-test/" + meeting + "/room-1");
        assertThat(answer.getSources().getMediaSources()).hasSize(2);
        assertThat(bridge.conferences().get(meeting).endpoints()).containsKey("room-1");

        client.send(bridge.uri(), Requests.expireEndpoint(meeting, "room-1"));
        assertThat(bridge.conferences()).as("the last endpoint gone, the conference expires").doesNotContainKey(meeting);
        assertThatThrownBy(() -> client.send(bridge.uri(), Requests.expireConference(meeting)))
                .isInstanceOfSatisfying(AllocationRejectedException.class, e -> assertThat(e.conferenceGone())
                        .isTrue());

        String other = UUID.randomUUID().toString();
        client.send(bridge.uri(), Requests.createWithEndpoint(other, "room-2", true));
        assertThat(client.send(bridge.uri(), Requests.expireConference(other)).getEndpoints()).isEmpty();
        assertThat(bridge.conferences()).doesNotContainKey(other);
    }

    @Test
    void refusalsSayWhetherToRetryOrToDropTheBridge() {
        String meeting = UUID.randomUUID().toString();
        assertThatThrownBy(() -> client.send(bridge.uri(), Requests.createWithEndpoint(meeting, "x", false)))
                .isInstanceOfSatisfying(AllocationRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.conferenceGone()).isFalse();
                    assertThat(e.removeBridge()).isFalse();
                    assertThat(e.getMessage()).contains("Source name support is mandatory.").contains("\"status\"");
                });
        assertThatThrownBy(() -> client.send(bridge.uri(), Requests.expireEndpoint("no-such-meeting", "x")))
                .isInstanceOfSatisfying(AllocationRejectedException.class, e -> assertThat(e.conferenceGone())
                        .isTrue());
        bridge.fail(503, "overloaded", true);
        assertThatThrownBy(() -> client.send(bridge.uri(), Requests.createWithEndpoint(UUID.randomUUID().toString(), "y", true)))
                .isInstanceOfSatisfying(BridgeUnavailableException.class, e -> assertThat(e.removeBridge()).isTrue());
        bridge.fail(200, "<html>not colibri</html>", true);
        assertThatThrownBy(() -> client.send(bridge.uri(), Requests.createWithEndpoint(UUID.randomUUID().toString(), "y", true)))
                .isInstanceOf(BridgeUnavailableException.class).hasMessageContaining("not Colibri2");
        bridge.hang(Duration.ofSeconds(3));
        assertThatThrownBy(() -> client.send(bridge.uri(), Requests.createWithEndpoint(UUID.randomUUID().toString(), "y", true)))
                .isInstanceOf(BridgeUnavailableException.class).hasMessageContaining("did not answer");
        bridge.heal();
        assertThat(client.send(bridge.uri(), Requests.createWithEndpoint(UUID.randomUUID().toString(), "y", true)).getEndpoints())
                .hasSize(1);
    }

    @Test
    void healthAndLoad() {
        bridge.setStress(0.42);
        assertThat(client.healthy(bridge.uri())).isTrue();
        assertThat(client.stats(bridge.uri())).extracting(BridgeStats::stressLevel, BridgeStats::conferences)
                .containsExactly(0.42, 0);
        bridge.setHealthy(false);
        assertThat(client.healthy(bridge.uri())).isFalse();
        bridge.close();
        assertThat(client.healthy(bridge.uri())).as("down").isFalse();
        assertThatThrownBy(() -> client.stats(bridge.uri())).isInstanceOf(BridgeUnavailableException.class);
    }

    @Test
    void everyRoundTripIsReportedWithItsKindStatusAndDuration() {
        record Trip(Colibri2Client.Exchange exchange, long nanos, int status) {
        }
        java.util.List<Trip> trips = new java.util.concurrent.CopyOnWriteArrayList<>();
        Colibri2Client observed = new Colibri2Client(Duration.ofMillis(800),
                (uri, exchange, nanos, status) -> trips.add(new Trip(exchange, nanos, status)));
        String meeting = UUID.randomUUID().toString();

        observed.send(bridge.uri(), Requests.createWithEndpoint(meeting, "room-1", true));
        assertThatThrownBy(() -> observed.send(bridge.uri(), Requests.createWithEndpoint(meeting, "room-2", false)))
                .isInstanceOf(AllocationRejectedException.class);
        assertThat(observed.healthy(bridge.uri())).isTrue();
        observed.stats(bridge.uri());
        bridge.hang(Duration.ofSeconds(2));
        assertThatThrownBy(() -> observed.send(bridge.uri(), Requests.expireConference(meeting)))
                .isInstanceOf(BridgeUnavailableException.class);

        assertThat(trips).extracting(Trip::exchange, Trip::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Colibri2Client.Exchange.CONFERENCE, 200),
                org.assertj.core.groups.Tuple.tuple(Colibri2Client.Exchange.CONFERENCE, 400),
                org.assertj.core.groups.Tuple.tuple(Colibri2Client.Exchange.HEALTH, 200),
                org.assertj.core.groups.Tuple.tuple(Colibri2Client.Exchange.STATS, 200),
                org.assertj.core.groups.Tuple.tuple(Colibri2Client.Exchange.CONFERENCE, -1));
        assertThat(trips).allSatisfy(t -> assertThat(t.nanos()).isPositive());
        assertThat(trips.getLast().nanos()).as("the timed-out trip lasted the timeout")
                .isGreaterThanOrEqualTo(Duration.ofMillis(800).toNanos());
    }
}
