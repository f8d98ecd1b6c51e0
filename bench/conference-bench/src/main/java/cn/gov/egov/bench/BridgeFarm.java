package cn.gov.egov.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionLevel;
import cn.gov.egov.region.RegionTree;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulated bridges of the focus benchmark, one per region that has one: the province's, every prefecture's and
 * all or an even sample of the counties'; a county without its own bridge is served by its prefecture's (the
 * server's region-tree selection). Registered with conference-server through its REST API.
 */
final class BridgeFarm implements AutoCloseable {

    private final Map<String, EmulatedBridge> byRegion = new LinkedHashMap<>();
    private final RegionTree tree;

    private BridgeFarm(RegionTree tree) {
        this.tree = tree;
    }

    /** Starts the bridges: province, prefectures and {@code counties} county bridges spread evenly over the tree. */
    static BridgeFarm start(RegionTree tree, int counties, Duration latency) {
        BridgeFarm farm = new BridgeFarm(tree);
        List<Region> allCounties = tree.all().stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
        int n = Math.min(counties, allCounties.size());
        for (Region r : tree.all()) {
            if (r.level() != RegionLevel.COUNTY) {
                farm.add(r, latency);
            }
        }
        for (int i = 0; i < n; i++) {
            farm.add(allCounties.get((int) ((long) i * allCounties.size() / n)), latency);
        }
        return farm;
    }

    private void add(Region r, Duration latency) {
        byRegion.put(r.code(), EmulatedBridge.start("jvb-" + r.code(), r.code(), latency));
    }

    List<EmulatedBridge> all() {
        return List.copyOf(byRegion.values());
    }

    int size() {
        return byRegion.size();
    }

    long countyBridges() {
        return byRegion.keySet().stream().filter(c -> tree.get(c).level() == RegionLevel.COUNTY).count();
    }

    Optional<EmulatedBridge> byId(String bridgeId) {
        return byRegion.values().stream().filter(b -> b.id().equals(bridgeId)).findFirst();
    }

    /** The bridge the server's region-tree selection picks for a participant of the region. */
    EmulatedBridge servingRegion(String code) {
        for (String c = code; c != null; c = tree.find(c).map(Region::parentCode).orElse(null)) {
            EmulatedBridge b = byRegion.get(c);
            if (b != null) {
                return b;
            }
        }
        throw new IllegalStateException("no bridge serves region " + code);
    }

    /** The bridge a bridge's relay should lead to in the region tree (its nearest ancestor's), or empty for the root. */
    Optional<EmulatedBridge> parentOf(EmulatedBridge b, List<EmulatedBridge> inConference) {
        for (String c = tree.get(b.regionCode()).parentCode(); c != null;
             c = tree.find(c).map(Region::parentCode).orElse(null)) {
            EmulatedBridge p = byRegion.get(c);
            if (p != null && inConference.contains(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    void setLatency(Duration latency) {
        byRegion.values().forEach(b -> b.setLatency(latency));
    }

    void clearCalls() {
        byRegion.values().forEach(EmulatedBridge::clearCalls);
    }

    /** Every Colibri2 request of the meeting on any bridge, by start time. */
    List<EmulatedBridge.Call> calls(String meetingId) {
        List<EmulatedBridge.Call> out = new ArrayList<>();
        for (EmulatedBridge b : byRegion.values()) {
            b.calls().stream().filter(c -> meetingId.equals(c.meetingId())).forEach(out::add);
        }
        out.sort(Comparator.comparingLong(EmulatedBridge.Call::startNanos));
        return out;
    }

    long callCount() {
        return byRegion.values().stream().mapToLong(EmulatedBridge::callCount).sum();
    }

    int answeredEndpoints() {
        return byRegion.values().stream().mapToInt(EmulatedBridge::answeredEndpoints).sum();
    }

    /** Bridges that still hold a conference (after an end they should not). */
    long bridgesWithConferences() {
        return byRegion.values().stream().filter(b -> !b.conferences().isEmpty()).count();
    }

    /** {@code POST /api/v1/bridges} for each, as the system administrator, with a few concurrent clients. */
    void register(ApiClient api, JsonMapper mapper, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (EmulatedBridge b : byRegion.values()) {
                done.add(pool.submit(() -> {
                    String body = mapper.writeValueAsString(Map.of("id", b.id(), "url", b.uri().toString(),
                            "regionCode", b.regionCode(), "capacity", 500));
                    ApiClient.Response r = api.postJson("/api/v1/bridges", body);
                    if (r.status() != 201) {
                        throw new IllegalStateException("adding bridge " + b.id() + " answered " + r.status() + ": "
                                + r.body());
                    }
                    if (!mapper.readTree(r.body()).path("healthy").asBoolean()) {
                        throw new IllegalStateException("bridge " + b.id() + " is not healthy: " + r.body());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        byRegion.values().forEach(EmulatedBridge::close);
    }
}
