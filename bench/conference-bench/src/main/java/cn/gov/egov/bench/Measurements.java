package cn.gov.egov.bench;

import java.time.Duration;
import java.time.Instant;

import cn.gov.egov.bench.support.LatencyRecorder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measured calls, one at a time on one thread (latency, not throughput). Request bodies and tokens are made
 * before the clock starts; the time is that of {@link ApiClient}: send, wait, read the whole answer.
 */
final class Measurements {

    /** Schedule calls, by the server's answer. */
    record ScheduleFigures(LatencyRecorder created, LatencyRecorder conflict, LatencyRecorder all,
                           int unexpected) {
    }

    /** Calendar week queries and how many entries the weeks held. */
    record CalendarFigures(LatencyRecorder latency, int minEntries, int maxEntries, double meanEntries,
                           int empty) {
    }

    private final ApiClient api;
    private final JsonMapper mapper;
    private final Workload workload;
    private final SlotPlanner planner;

    Measurements(ApiClient api, JsonMapper mapper, Workload workload, SlotPlanner planner) {
        this.api = api;
        this.mapper = mapper;
        this.workload = workload;
        this.planner = planner;
    }

    /**
     * {@code calls} conflict-checked {@code POST /api/v1/conferences}, 20% of them deliberately colliding with an
     * existing booking. Any answer other than 201 or 409 stops the benchmark.
     */
    ScheduleFigures schedule(int calls) {
        ScheduleFigures f = new ScheduleFigures(new LatencyRecorder("schedule, created (201)"),
                new LatencyRecorder("schedule, conflict (409)"), new LatencyRecorder("schedule, all"), 0);
        int unexpected = 0;
        for (boolean conflict : workload.conflictPlan(calls, 0.2)) {
            ConferenceSpec spec = conflict ? workload.taken() : workload.free();
            String body = spec.json(mapper);
            ApiClient.Response r = api.postJson("/api/v1/conferences", body);
            if (r.status() != 201 && r.status() != 409) {
                throw new IllegalStateException("scheduling \"" + spec.title() + "\" answered " + r.status() + ": "
                        + r.body());
            }
            if ((r.status() == 409) != spec.expectConflict()) {
                unexpected++;
            }
            (r.status() == 201 ? f.created() : f.conflict()).record(r.nanos());
            f.all().record(r.nanos());
        }
        return new ScheduleFigures(f.created(), f.conflict(), f.all(), unexpected);
    }

    /**
     * {@code calls} calendar queries of the province administrator for a whole week of the seeded year, each
     * answer checked to be a non-empty JSON array (after the clock stopped).
     */
    CalendarFigures calendar(int calls) {
        LatencyRecorder latency = new LatencyRecorder("calendar week, province");
        int min = Integer.MAX_VALUE;
        int max = 0;
        long total = 0;
        int empty = 0;
        for (int week : workload.weeks(calls)) {
            Instant from = planner.weekStart(week);
            Instant to = from.plus(Duration.ofDays(7));
            ApiClient.Response r = api.get("/api/v1/calendar?region=530000&from=" + from + "&to=" + to);
            if (r.status() != 200) {
                throw new IllegalStateException("calendar " + from + " answered " + r.status() + ": " + r.body());
            }
            latency.record(r.nanos());
            JsonNode entries = mapper.readTree(r.body());
            if (!entries.isArray()) {
                throw new IllegalStateException("calendar " + from + " did not answer a JSON array: " + r.body());
            }
            int n = entries.size();
            if (n == 0) {
                empty++;
            }
            min = Math.min(min, n);
            max = Math.max(max, n);
            total += n;
        }
        return new CalendarFigures(latency, calls == 0 ? 0 : min, max, calls == 0 ? 0 : (double) total / calls,
                empty);
    }

    /**
     * {@code calls} round trips to an open actuator endpoint: what loopback HTTP and the server's web stack cost.
     * {@code /actuator/health} also checks the database (one connection validation) and the disk;
     * {@code /actuator/health/liveness} is the application state alone.
     */
    LatencyRecorder probe(String path, String name, int calls) {
        LatencyRecorder latency = new LatencyRecorder(name);
        for (int i = 0; i < calls; i++) {
            ApiClient.Response r = api.getOpen(path);
            if (r.status() != 200 || !r.body().contains("UP")) {
                throw new IllegalStateException(path + " answered " + r.status() + ": " + r.body());
            }
            latency.record(r.nanos());
        }
        return latency;
    }

    LatencyRecorder health(int calls) {
        return probe("/actuator/health", "health (baseline)", calls);
    }

    LatencyRecorder liveness(int calls) {
        return probe("/actuator/health/liveness", "liveness (reference)", calls);
    }

    /** Unrecorded calls of every kind, so that both JVMs have compiled the paths and filled their pools. */
    void warmUp(int calls) {
        if (calls > 0) {
            schedule(calls);
            calendar(calls);
            health(calls);
            liveness(calls);
        }
    }
}
