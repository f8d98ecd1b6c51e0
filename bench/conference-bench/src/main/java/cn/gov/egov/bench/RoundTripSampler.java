package cn.gov.egov.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples, every 100 ms, the total time conference-server has spent in HTTP round trips of conference-modify
 * requests to bridges (its timer {@code colibri2.round.trip}, exchange {@code conference}, all bridges and
 * outcomes, from {@code /actuator/prometheus}), so a round can tell the bridge round trips as the focus sees them
 * (network, HTTP on both ends, the bridge's work) from the focus's own time. The focus sends one conference's
 * requests one at a time, so the sum of its round trips is the time it waited on bridges. Polling costs the server
 * one metrics scrape per sample, counted as focus time (the figure errs against the focus).
 */
final class RoundTripSampler implements AutoCloseable {

    private static final String SUM = "colibri2_round_trip_seconds_sum{";

    private record Sample(long nanos, double seconds) {
    }

    private final HttpClient http;
    private final URI metrics;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    RoundTripSampler(HttpClient http, URI base) {
        this.http = http;
        this.metrics = base.resolve("/actuator/prometheus");
        this.thread = Thread.ofPlatform().daemon().name("round-trip-sampler").start(this::loop);
    }

    private void loop() {
        while (running) {
            long before = System.nanoTime();
            try {
                String text = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                long after = System.nanoTime();
                synchronized (samples) {
                    samples.add(new Sample(before + (after - before) / 2, conferenceSeconds(text)));
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // a missed sample only widens the interpolation
            }
        }
    }

    /** The sum over every {@code exchange="conference"} series of the timer. */
    static double conferenceSeconds(String prometheus) {
        double total = 0;
        for (String line : prometheus.split("\n")) {
            if (line.startsWith(SUM) && line.contains("exchange=\"conference\"")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** Round-trip seconds the server had accumulated at {@code nanos} (this JVM's nanoTime), interpolated. */
    double secondsAt(long nanos) {
        synchronized (samples) {
            if (samples.isEmpty()) {
                return Double.NaN;
            }
            Sample prev = samples.getFirst();
            if (nanos <= prev.nanos()) {
                return prev.seconds();
            }
            for (Sample s : samples) {
                if (s.nanos() >= nanos) {
                    double f = (nanos - prev.nanos()) / (double) Math.max(1, s.nanos() - prev.nanos());
                    return prev.seconds() + f * (s.seconds() - prev.seconds());
                }
                prev = s;
            }
            return prev.seconds();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
