package cn.gov.egov.conference.bridge;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import cn.gov.egov.colibri.Colibri2Client;

/**
 * Every HTTP round trip to a bridge as the timer {@code colibri2.round.trip}, tagged with the bridge (host:port), the
 * exchange (conference, health, stats) and the outcome (2xx, 4xx, 5xx, none). Operators see each bridge's latency
 * and failures; FocusBench reads the conference total to tell the focus's own time from time spent waiting on
 * bridges.
 */
final class BridgeRoundTrips implements Colibri2Client.RoundTrips {

    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    BridgeRoundTrips(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void completed(URI bridge, Colibri2Client.Exchange exchange, long nanos, int status) {
        String host = bridge.getAuthority() == null ? String.valueOf(bridge) : bridge.getAuthority();
        String outcome = status < 0 ? "none" : (status / 100) + "xx";
        String kind = exchange.name().toLowerCase(java.util.Locale.ROOT);
        timers.computeIfAbsent(host + ' ' + kind + ' ' + outcome, k -> Timer.builder("colibri2.round.trip")
                        .description("HTTP round trips to video bridges")
                        .tag("bridge", host).tag("exchange", kind).tag("outcome", outcome).register(meters))
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
