package cn.gov.egov.conference.bridge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import cn.gov.egov.colibri.BridgeStats;
import cn.gov.egov.colibri.Colibri2Client;
import cn.gov.egov.conference.bridge.selection.BridgeSelector;

/**
 * The bridges and what the focus knows of each: health from {@code /about/health} and load from
 * {@code /colibri/stats} every {@code conference.bridges.poll-interval}, polled side by side. A bridge that fails a
 * poll, or that a Colibri2 call reports broken, is out of selection until a later poll finds it well again. Its
 * participants are moved elsewhere (failover) only when a health check fails: at a poll, a probe, or the check a
 * failed call triggers; once until it is healthy again.
 * Metrics per bridge: {@code bridge.healthy}, {@code bridge.stress}, {@code bridge.participants}.
 */
@Service
public class BridgeRegistry {

    private static final Logger log = LoggerFactory.getLogger(BridgeRegistry.class);

    private final BridgeRepository bridges;
    private final Colibri2Client colibri;
    private final BridgeSelector selector;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, BridgeStatus> status = new ConcurrentHashMap<>();
    private final List<Consumer<String>> failureListeners = new CopyOnWriteArrayList<>();
    /** Bridges whose participants have been moved off and that no check has found healthy since. */
    private final Set<String> failedOver = ConcurrentHashMap.newKeySet();

    public BridgeRegistry(BridgeRepository bridges, Colibri2Client colibri, BridgeSelector selector,
                          MeterRegistry meters, Clock clock) {
        this.bridges = bridges;
        this.colibri = colibri;
        this.selector = selector;
        this.meters = meters;
        this.clock = clock;
    }

    /** Every bridge with its latest status, by region then id. */
    public List<BridgeStatus> all() {
        List<BridgeStatus> out = new ArrayList<>();
        for (Bridge b : bridges.findAll()) {
            out.add(status.getOrDefault(b.id(), new BridgeStatus(b, false, null, null, 0, "not checked yet"))
                    .withBridge(b));
        }
        out.sort(Comparator.comparing((BridgeStatus s) -> s.bridge().regionCode()).thenComparing(s -> s.bridge().id()));
        return out;
    }

    public Optional<BridgeStatus> get(String id) {
        return all().stream().filter(s -> s.bridge().id().equals(id)).findFirst();
    }

    /**
     * The bridge for a participant of {@code region}, by the configured selection strategy. Called for every joining
     * participant, so it reads the polled status in memory, not the database (every change of a bridge is polled
     * at once).
     */
    public Optional<BridgeStatus> select(String region) {
        return selector.select(region, List.copyOf(status.values()));
    }

    /** Hears the id of every bridge that goes from healthy to failed (failover moves its participants). */
    public void onFailure(Consumer<String> listener) {
        failureListeners.add(listener);
    }

    /**
     * A Colibri2 call found the bridge broken: out of selection until a poll finds it well, and checked at once
     * (in the background): its participants are moved only if it fails that health check too. A bridge that
     * answers one request with an error (JVB answers 500 for an exception of its own) but is alive keeps them:
     * moving everyone off the last working bridge would drop the whole conference.
     */
    public void reportFailure(String id, String reason) {
        BridgeStatus s = status.computeIfPresent(id, (k, b) -> new BridgeStatus(b.bridge(), false, b.stats(),
                clock.instant(), b.failures() + 1, reason));
        log.warn("Bridge {} taken out of selection: {}", id, reason);
        if (s == null || failedOver.contains(id)) {
            return;
        }
        Thread.ofVirtual().name("bridge-check-" + id).start(() -> {
            if (colibri.healthy(s.bridge().baseUrl())) {
                log.info("Bridge {} still passes its health check: its participants stay", id);
            } else {
                fail(id, "failed its health check after: " + reason);
            }
        });
    }

    /** Moves the bridge's participants elsewhere: once, however many checks find it down, until it is well. */
    private void fail(String id, String why) {
        if (!failedOver.add(id)) {
            return;
        }
        log.warn("Bridge {} is down ({}): moving its participants", id, why);
        for (Consumer<String> l : failureListeners) {
            try {
                l.accept(id);
            } catch (RuntimeException e) {
                log.warn("A bridge failure listener failed: {}", e.toString());
            }
        }
    }

    @Scheduled(fixedDelayString = "${conference.bridges.poll-interval:PT10S}", initialDelay = 0)
    public void poll() {
        List<Bridge> current = bridges.findAll();
        status.keySet().retainAll(current.stream().map(Bridge::id).toList());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<BridgeStatus>> checks = new ArrayList<>();
            for (Bridge b : current) {
                checks.add(pool.submit(() -> check(b)));
            }
            for (Future<BridgeStatus> f : checks) {
                BridgeStatus s = f.get();
                BridgeStatus before = status.put(s.bridge().id(), s);
                if (before == null) {
                    register(s.bridge().id());
                }
                if (before != null && before.healthy() != s.healthy()) {
                    log.info("Bridge {} is now {}{}", s.bridge().id(), s.healthy() ? "healthy" : "out of selection",
                            s.healthy() ? "" : ": " + s.lastError());
                }
                if (s.healthy()) {
                    failedOver.remove(s.bridge().id());
                } else if (before != null) {
                    fail(s.bridge().id(), s.lastError());
                }
            }
        } catch (Exception e) {
            log.warn("Polling the bridges failed: {}", e.toString());
        }
    }

    /**
     * Checks one bridge now, outside the polling rhythm (a client lost its bridge channel): a bridge found dead is
     * failed at once, so its participants move within seconds rather than at the next poll. Of several probes at
     * once (every client of a dead bridge reports it), only one fails the bridge.
     */
    public boolean probe(String id) {
        BridgeStatus before = status.get(id);
        if (before == null) {
            return false;
        }
        BridgeStatus now = check(before.bridge());
        status.put(id, now);
        if (now.healthy()) {
            failedOver.remove(id);
        } else {
            fail(id, "failed a probe: " + now.lastError());
        }
        return now.healthy();
    }

    private BridgeStatus check(Bridge b) {
        BridgeStatus before = status.get(b.id());
        int failures = before == null ? 0 : before.failures();
        if (!b.enabled()) {
            return new BridgeStatus(b, false, null, clock.instant(), failures, "disabled");
        }
        if (!colibri.healthy(b.baseUrl())) {
            return new BridgeStatus(b, false, before == null ? null : before.stats(), clock.instant(), failures + 1,
                    "health check failed");
        }
        try {
            BridgeStats stats = colibri.stats(b.baseUrl());
            return new BridgeStatus(b, true, stats, clock.instant(), 0, null);
        } catch (RuntimeException e) {
            return new BridgeStatus(b, false, null, clock.instant(), failures + 1, e.getMessage());
        }
    }

    private void register(String id) {
        Gauge.builder("bridge.healthy", status, m -> m.containsKey(id) && m.get(id).healthy() ? 1 : 0)
                .tag("bridge", id).register(meters);
        Gauge.builder("bridge.stress", status, m -> m.containsKey(id) && m.get(id).stats() != null
                ? m.get(id).stats().stressLevel() : 0).tag("bridge", id).register(meters);
        Gauge.builder("bridge.participants", status, m -> m.containsKey(id) && m.get(id).stats() != null
                ? m.get(id).stats().participants() : 0).tag("bridge", id).register(meters);
    }
}
