package cn.gov.egov.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fills the server through its REST API: one room per region, then the existing conferences, concurrently. */
final class Seeder {

    /** What seeding the conferences did, and how long it took. */
    record Result(int created, int conflicts, long nanos, int threads) {
    }

    private final ApiClient api;
    private final JsonMapper mapper;
    private final PrintStream out;

    Seeder(ApiClient api, JsonMapper mapper, PrintStream out) {
        this.api = api;
        this.mapper = mapper;
        this.out = out;
    }

    /** One meeting room per region of the tree ({@code POST /api/v1/rooms}), parents before children. */
    RoomDirectory rooms(RegionTree tree) {
        RoomDirectory directory = new RoomDirectory();
        for (Region region : tree.all()) {
            String body = mapper.writeValueAsString(java.util.Map.of(
                    "regionCode", region.code(),
                    "name", region.name() + "视频会议室",
                    "address", tree.path(region.code()),
                    "capacity", 30));
            ApiClient.Response r = api.postJson("/api/v1/rooms", body);
            if (r.status() != 201) {
                throw new IllegalStateException("creating the room of " + region.code() + " answered " + r.status()
                        + ": " + r.body());
            }
            JsonNode id = mapper.readTree(r.body()).get("id");
            directory.add(java.util.UUID.fromString(id.asString()), region);
        }
        return directory;
    }

    /**
     * Schedules every conference with {@code threads} concurrent clients. A 409 is counted (the planner should
     * prevent it); any other answer but 201 stops seeding with the server's message.
     */
    Result conferences(List<ConferenceSpec> specs, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        int step = Math.max(1, specs.size() / 10);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while (failure.get() == null && (i = next.getAndIncrement()) < specs.size()) {
                        ConferenceSpec spec = specs.get(i);
                        ApiClient.Response r = api.postJson("/api/v1/conferences", spec.json(mapper));
                        if (r.status() == 201) {
                            created.incrementAndGet();
                        } else if (r.status() == 409) {
                            conflicts.incrementAndGet();
                        } else {
                            failure.compareAndSet(null, "scheduling \"" + spec.title() + "\" answered " + r.status()
                                    + ": " + r.body());
                        }
                        int done = created.get() + conflicts.get();
                        if (done % step == 0) {
                            out.printf("  seeded %,d / %,d conferences (%.0f s)%n", done, specs.size(),
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return new Result(created.get(), conflicts.get(), System.nanoTime() - start, threads);
    }
}
