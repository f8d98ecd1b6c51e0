package cn.gov.egov.bench.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import cn.gov.egov.bench.support.LatencyRecorder;

/** The heartbeat results as Markdown: the set-up, every phase, then the totals and ratios per kind of load. */
final class HeartbeatReport {

    private final HeartbeatOptions options;
    private final List<LoadPhase.Result> results;
    private final List<String> setup = new ArrayList<>();

    HeartbeatReport(HeartbeatOptions options, List<LoadPhase.Result> results) {
        this.options = options;
        this.results = results;
    }

    HeartbeatReport setup(String line) {
        setup.add(line);
        return this;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("## learning-portal heartbeats (issue 5)\n\n");
        setup.forEach(s -> md.append("- ").append(s).append('\n'));
        md.append(String.format(Locale.ROOT, "- Phases of %d s each, in %d rounds of: reference and heartbeats as "
                        + "fast as answered (%d requests in flight, one per learner), then reference and heartbeats "
                        + "at %,d/s offered (open loop, latency from when each request was due); after %d s of "
                        + "unrecorded warm-up. Client-side wall time of java.net.http over loopback HTTP/1.1 "
                        + "(keep-alive), read to the last byte; client and server share the 2 cores\n",
                options.phaseSeconds(), options.rounds(), options.learners(), options.rate(),
                options.warmupSeconds()));
        md.append('\n');
        md.append("| Load | Requests | Answers | Throughput /s | p50 ms | p90 ms | p99 ms | max ms |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (LoadPhase.Result r : results) {
            row(md, r.kind().label + ", " + load(r.rate()), r.requests(), r.answersText(), r.throughput(),
                    r.latency().summary());
        }
        md.append("\n| Load | heartbeat /s | reference /s | heartbeat ÷ reference throughput | heartbeat p99 ms "
                + "| reference p99 ms | p99 heartbeat ÷ reference |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (double rate : new double[] {0, options.rate()}) {
            Totals hb = totals(r -> r.kind() == LoadPhase.Kind.HEARTBEAT && r.rate() == rate);
            Totals ref = totals(r -> r.kind() == LoadPhase.Kind.REFERENCE && r.rate() == rate);
            md.append(String.format(Locale.ROOT, "| %s (all rounds) | %,.0f | %,.0f | %.2f | %.2f | %.2f | %.2f |\n",
                    load(rate), hb.throughput(), ref.throughput(), hb.throughput() / ref.throughput(), hb.p99(),
                    ref.p99(), hb.p99() / ref.p99()));
        }
        md.append("\nThe reference is the same request to the same endpoint with the same session cookie and CSRF "
                + "token, minus the `rate` field: it passes the same filter chain (session, security context, CSRF "
                + "check), Jackson reads it and writes the answer, and the controller refuses it as malformed "
                + "before the service, so it does no verification and no database work. Heartbeat ÷ reference is "
                + "the share of the server's no-work capacity the heartbeat keeps; the absolute figures move "
                + "with the machine's load, the ratio much less.\n");
        return md.toString();
    }

    private record Totals(long requests, double seconds, LatencyRecorder merged) {
        double throughput() {
            return requests / seconds;
        }

        double p99() {
            return merged.summary().p99();
        }
    }

    private Totals totals(Predicate<LoadPhase.Result> which) {
        long n = 0;
        double s = 0;
        LatencyRecorder merged = new LatencyRecorder("all");
        for (LoadPhase.Result r : results) {
            if (which.test(r)) {
                n += r.requests();
                s += r.seconds();
                merged.add(r.latency());
            }
        }
        return new Totals(n, s, merged);
    }

    private static void row(StringBuilder md, String name, long n, String answers, double perSecond,
                            LatencyRecorder.Summary s) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %,.0f | %.2f | %.2f | %.2f | %.2f |\n", name, n,
                answers, perSecond, s.p50(), s.p90(), s.p99(), s.max()));
    }

    private static String load(double rate) {
        return rate == 0 ? "closed loop" : String.format(Locale.ROOT, "%,.0f/s offered", rate);
    }
}
