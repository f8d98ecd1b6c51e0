package cn.gov.egov.conference.focus;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.egov.colibri.Colibri2Client;
import cn.gov.egov.conference.bridge.Bridge;
import cn.gov.egov.conference.bridge.selection.CascadeTopology;
import cn.gov.egov.region.RegionTree;

/**
 * A by-hand check of the focus against two real JVBs (not a test; CI has no JVB): a province bridge and a Kunming
 * bridge, one participant on each, so the focus creates a relay between them, then churn and the end. Watch the
 * bridges' logs for the relay's ICE and DTLS. Usage: {@code RealCascadeCheck http://127.0.0.1:18080/
 * http://127.0.0.1:18081/}.
 */
public final class RealCascadeCheck {

    private RealCascadeCheck() {
    }

    public static void main(String[] args) throws Exception {
        Bridge province = new Bridge("jvb1", URI.create(args[0]), "530000", 100, true, "CONFIG", 0);
        Bridge kunming = new Bridge("jvb2", URI.create(args[1]), "530100", 100, true, "CONFIG", 0);
        Map<String, Bridge> byRegion = Map.of("530000", province, "530100", kunming);
        Colibri2Client client = new Colibri2Client(Duration.ofSeconds(10));
        String meeting = UUID.randomUUID().toString();
        FocusConference focus = new FocusConference(meeting, meeting + "@conference.egov.local", client,
                region -> Optional.ofNullable(byRegion.get(region)), new CascadeTopology(RegionTree.province("530000")),
                (id, reason) -> System.out.println("FAILED " + id + ": " + reason));
        long t0 = System.nanoTime();
        System.out.println("p1 on " + focus.join("p1", "530000").bridgeId());
        System.out.println("k1 on " + focus.join("k1", "530100").bridgeId());
        System.out.printf("two endpoints and the relay in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        System.out.println("relays: " + focus.relays());
        focus.join("k2", "530100");
        System.out.println("after k2: " + focus.relays());
        Thread.sleep(5000);
        System.out.println("stats jvb1: " + client.stats(province.baseUrl()));
        System.out.println("stats jvb2: " + client.stats(kunming.baseUrl()));
        focus.leave("k1");
        System.out.println("after k1 left: " + focus.relays());
        focus.leave("k2");
        System.out.println("after k2 left: " + focus.relays());
        focus.end();
        System.out.println("ended");
    }
}
