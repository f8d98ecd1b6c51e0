package cn.gov.egov.colibri;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.jitsi.xmpp.extensions.colibri.WebSocketPacketExtension;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifiedIQ;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;

/**
 * A by-hand check against a real JVB (not a test; CI has no JVB): the same calls and the same refusals the test
 * bridge is held to. Usage: {@code java -cp … cn.gov.egov.colibri.RealBridgeCheck http://127.0.0.1:18080/}.
 */
public final class RealBridgeCheck {

    private RealBridgeCheck() {
    }

    public static void main(String[] args) {
        URI bridge = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:18080/");
        Colibri2Client client = new Colibri2Client(Duration.ofSeconds(5));
        System.out.println("healthy: " + client.healthy(bridge));
        System.out.println("stats: " + client.stats(bridge));
        String meeting = UUID.randomUUID().toString();
        long t0 = System.nanoTime();
        ConferenceModifiedIQ answer = client.send(bridge, Requests.createWithEndpoint(meeting, "room-1", true));
        System.out.printf("allocated in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        IceUdpTransportPacketExtension ice = answer.getEndpoints().getFirst().getTransport().getIceUdpTransport();
        System.out.println("ufrag " + ice.getUfrag() + ", pwd " + (ice.getPassword() != null) + ", setup "
                + ice.getChildExtensionsOfType(DtlsFingerprintPacketExtension.class).getFirst().getSetup()
                + ", candidates " + ice.getCandidateList().size() + ", web-socket "
                + ice.getChildExtensionsOfType(WebSocketPacketExtension.class).getFirst().getUrl());
        System.out.println("feedback sources: " + answer.getSources().getMediaSources().size());
        System.out.println("stats after: " + client.stats(bridge));
        expectRefusal("endpoint without source-names", () -> client.send(bridge,
                Requests.createWithEndpoint(UUID.randomUUID().toString(), "x", false)));
        expectRefusal("same conference created twice", () -> client.send(bridge,
                Requests.createWithEndpoint(meeting, "room-2", true)));
        expectRefusal("PATCH of an unknown meeting", () -> client.send(bridge,
                Requests.expireEndpoint(UUID.randomUUID().toString(), "x")));
        client.send(bridge, Requests.expireEndpoint(meeting, "room-1"));
        expectRefusal("conference expire after its last endpoint left", () -> client.send(bridge,
                Requests.expireConference(meeting)));
        String other = UUID.randomUUID().toString();
        client.send(bridge, Requests.createWithEndpoint(other, "room-2", true));
        System.out.println("conference expire with an endpoint: endpoints in answer "
                + client.send(bridge, Requests.expireConference(other)).getEndpoints().size());
        System.out.println("stats at the end: " + client.stats(bridge));
    }

    private static void expectRefusal(String what, Runnable call) {
        try {
            call.run();
            System.out.println(what + ": ACCEPTED (differs from the test bridge)");
        } catch (AllocationRejectedException e) {
            System.out.println(what + ": " + e.status() + " conferenceGone=" + e.conferenceGone() + " — "
                    + e.getMessage());
        }
    }
}
