package cn.gov.egov.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import cn.gov.egov.bench.support.BenchMain;
import cn.gov.egov.region.RegionLevel;
import cn.gov.egov.region.RegionTree;
import tools.jackson.databind.json.JsonMapper;

/**
 * The focus's share of a province-wide conference: conference-server (child process, real PostgreSQL) as the
 * focus, Colibri2 bridges emulated in this process with a JVB-like latency per request, one bridge per region, one
 * room per region, and all 146 room terminals joining over the signalling WebSocket at once. Reports how long it
 * takes until everyone is allocated, answered and relayed, and how much of that time the focus spent itself rather
 * than waiting for bridges. A program that prints figures, not a test. See bench/README.md.
 */
public final class FocusBench {

    private FocusBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = BenchMain.stdout();
        FocusOptions options = BenchMain.parseOrExit(args, FocusOptions::parse, FocusOptions.USAGE);
        BenchMain.requireFile(options.serverJar(), "conference-server jar not found at " + options.serverJar(),
                "build first: ./mvnw -q -B package -pl conference-server -DskipTests");
        Path work = Files.createTempDirectory("focus-bench-");
        BenchStack stack = new BenchStack(work, out);
        AtomicReference<BridgeFarm> farm = new AtomicReference<>();
        BenchMain.runAndExit(out, work, stack::stop, () -> {
            if (farm.get() != null) {
                farm.get().close();
            }
        }, new BenchMain.Results(options.resultsFile(), options.keep(),
                "(database, conference-server.log, recordings)"), () -> {
            RegionTree tree = RegionTree.province(ConferenceBench.PROVINCE);
            farm.set(BridgeFarm.start(tree, options.countyBridges(), options.latencies().getFirst()));
            return run(options, stack, farm.get(), tree, work, out);
        });
    }

    private static String run(FocusOptions o, BenchStack stack, BridgeFarm farm, RegionTree tree, Path work,
                              PrintStream out) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long startup = System.nanoTime();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", String.valueOf(o.poolSize()));
        if (o.answerTimeout() != null) {
            env.put("CONFERENCE_FOCUS_ANSWERTIMEOUT", o.answerTimeout().toString());
        }
        stack.start(o.serverJar(), true, env);
        out.printf("conference-server is up after %.1f s%n", (System.nanoTime() - startup) / 1e9);
        JsonMapper mapper = JsonMapper.builder().build();
        ApiClient api = new ApiClient(stack.server().baseUri(), stack.serviceSecret());

        out.printf("Registering %d emulated bridges ...%n", farm.size());
        long t = System.nanoTime();
        farm.register(api, mapper, 4);
        out.printf("Registered in %.1f s%n", (System.nanoTime() - t) / 1e9);
        out.println("Creating one meeting room per region (" + tree.size() + ") and its terminal token ...");
        RoomDirectory rooms = new Seeder(api, mapper, out).rooms(tree);
        Map<UUID, String> tokens = new LinkedHashMap<>();
        for (RoomDirectory.Room r : rooms.all()) {
            ApiClient.Response resp = api.postJson("/api/v1/rooms/" + r.id() + "/terminal-token", "");
            if (resp.status() != 201) {
                throw new IllegalStateException("terminal token of " + r.region().code() + ": " + resp.status()
                        + " " + resp.body());
            }
            tokens.put(r.id(), mapper.readTree(resp.body()).get("token").asString());
        }
        // province, then prefectures, then counties: the first N rooms are a conference of the top of the tree
        List<RoomDirectory.Room> ordered = rooms.all().stream()
                .sorted(Comparator.comparingInt((RoomDirectory.Room r) -> r.region().level().ordinal())
                        .thenComparing(r -> r.region().code())).toList();

        FocusRound round = new FocusRound(api, mapper, farm, tree, tokens, stack.server().baseUri(),
                stack.server().pid(), out);
        ServerProfiler profiler = o.profile() ? new ServerProfiler(stack.server().pid(), work) : null;
        FocusResultsTable table = new FocusResultsTable();
        List<FocusRound.Result> results = new ArrayList<>();
        if (o.warmupRooms() > 0) {
            out.printf("Warm-up: a conference of %d rooms, 0 ms bridges (not reported) ...%n", o.warmupRooms());
            round.run("warm-up", ordered.subList(0, o.warmupRooms()), Duration.ZERO, o.compactAnswers(),
                    o.timeout(), noHooks());
        }
        for (Duration latency : o.latencies()) {
            String label = label(latency);
            out.printf("Round %s: %d rooms, bridges answer in ≥ %s ...%n", label, o.rooms(), label);
            ServerProfiler.Profile[] profile = new ServerProfiler.Profile[1];
            FocusRound.Result r = round.run(label, ordered.subList(0, o.rooms()), latency, o.compactAnswers(),
                    o.timeout(),
                    profiler == null ? noHooks() : new FocusRound.Hooks() {
                        @Override
                        public void started() throws Exception {
                            profiler.start();
                        }

                        @Override
                        public void settled() throws Exception {
                            profile[0] = profiler.stop(15);
                        }
                    });
            table.round(r);
            results.add(r);
            if (profile[0] != null) {
                table.profile(label, profile[0]);
            }
            RoundFigures.Window w = r.allocated();
            out.printf("  %s: all allocated after %s, focus share %s; settled after %s%n", label,
                    w == null ? "–" : String.format(Locale.ROOT, "%.2f s", w.wallNanos() / 1e9),
                    w == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * w.focusShare()),
                    r.settled() == null ? "–" : String.format(Locale.ROOT, "%.2f s", r.settled().wallNanos() / 1e9));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        describe(table, o, stack, farm, tree, loadBefore, loadAfter, results);
        return table.markdown();
    }

    private static void describe(FocusResultsTable table, FocusOptions o, BenchStack stack, BridgeFarm farm,
                                 RegionTree tree, double loadBefore, double loadAfter,
                                 List<FocusRound.Result> results) throws Exception {
        long overlap = results.stream().flatMap(r -> Stream.of(r.allocated(), r.answered(),
                        r.relayed(), r.settled())).filter(Objects::nonNull)
                .mapToLong(w -> w.bridgeSumNanos() - w.bridgeBusyNanos()).max().orElse(0);
        table.setup("Run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "; goal: the focus's share of the "
                        + "time to allocate everyone ≤ 10 % with realistic bridge latency")
                .setup(String.format(Locale.ROOT, "Machine: %d cores, %s %s, load average %.2f before and %.2f "
                                + "after the run; Java %s; conference-server `-Xmx768m`, default profile, as a child "
                                + "process; bridges and clients in the benchmark's JVM", Runtime.getRuntime()
                                .availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                        loadBefore, loadAfter, Runtime.version()))
                .setup("PostgreSQL " + stack.postgresVersion() + " (embedded, loopback), synchronous_commit="
                        + stack.databaseSetting("synchronous_commit"))
                .setup("conference-server settings changed for the benchmark (see bench/README.md): JDBC pool "
                        + poolSize(stack) + " connections (default 10, which deadlocks when ten or more rooms join at "
                        + "once); `conference.focus.answer-timeout` " + (o.answerTimeout() == null
                        ? "30 s (default)" : o.answerTimeout().toSeconds() + " s (default 30 s, which expires rooms "
                        + "whose answers wait for the conference's lock)"))
                .setup(String.format(Locale.ROOT, "Bridges: %d emulated Colibri2 bridges registered through "
                                + "`POST /api/v1/bridges` (1 province, %d prefectures, %d of %d counties); the "
                                + "other counties' rooms go to their prefecture's bridge", farm.size(),
                        tree.count(r -> r.level() == RegionLevel.PREFECTURE), farm.countyBridges(),
                        tree.count(r -> r.level() == RegionLevel.COUNTY)))
                .setup(String.format(Locale.ROOT, "Conference: %d rooms (province room the main venue), scheduled "
                                + "to start in 5 minutes; %d room terminals (java.net.http WebSocket, no media) "
                                + "connected beforehand, then all joins sent at once; every offer answered with a "
                                + "FakeBrowser-style SDP answer%s%s", o.rooms(), o.rooms(),
                        o.compactAnswers() ? " (compact: transport attributes in the first m-line only)"
                                : " (full: transport attributes in every m-line, as FakeBrowser)",
                        o.warmupRooms() > 0 ? "; an unrecorded warm-up conference of " + o.warmupRooms()
                                + " rooms first" : ""));
        table.note("Bridges busy: the union, within the window, of the intervals during which an emulated bridge was "
                + "handling one of this conference's Colibri2 requests (from its handler taking the request up to the "
                + "answer having been written, the artificial latency included). The focus serialises its bridge "
                + "calls per conference, so this is the bridge time on the critical path"
                + (overlap < 1_000_000 ? " (it equalled the plain sum of the requests' times in every window)"
                : String.format(Locale.ROOT, " (the plain sum of the requests' times exceeded it by up to %.1f ms:"
                + " a bridge notes a request's end after writing its answer, when the focus may have sent the next "
                + "one already)", overlap / 1e6))
                + ". Focus = wall − bridges busy: everything else, i.e. the focus's own work under "
                + "the conference's lock, the database, the HTTP client and loopback on both sides, signalling, "
                + "and waiting for a CPU shared with the bridges and clients of this process.");
        table.note("Round trips: the time conference-server itself measured from handing each of the conference's "
                + "Colibri2 requests to its HTTP client until the answer had been read (its timer "
                + "`colibri2.round.trip`, sampled every 100 ms and interpolated at each milestone): the bridge round "
                + "trips as the focus sees them, i.e. the bridge's work plus HTTP and loopback on both sides and "
                + "the threads handing the request over. Focus share vs round trips = (wall − round trips) ÷ wall: "
                + "the focus's own work (building and parsing requests, its bookkeeping, signalling, the database). "
                + "The metric scrapes cost the server CPU and are counted as focus time.");
    }

    /** The pool size the server runs with, from its Prometheus metrics. */
    private static String poolSize(BenchStack stack) {
        ApiClient.Response r = new ApiClient(stack.server().baseUri(), stack.serviceSecret())
                .getOpen("/actuator/prometheus");
        return r.body().lines().filter(l -> l.startsWith("hikaricp_connections_max")).findFirst()
                .map(l -> l.substring(l.lastIndexOf(' ') + 1).replace(".0", "")).orElse("?");
    }

    private static String label(Duration latency) {
        double ms = latency.toNanos() / 1e6;
        return ms == Math.rint(ms) ? String.format(Locale.ROOT, "%d ms", (long) ms)
                : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static FocusRound.Hooks noHooks() {
        return new FocusRound.Hooks() {
            @Override
            public void started() {
            }

            @Override
            public void settled() {
            }
        };
    }
}
