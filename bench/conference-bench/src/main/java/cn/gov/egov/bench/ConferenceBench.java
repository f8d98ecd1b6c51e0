package cn.gov.egov.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import cn.gov.egov.bench.support.BenchMain;
import cn.gov.egov.bench.support.LatencyRecorder;
import cn.gov.egov.region.RegionLevel;
import cn.gov.egov.region.RegionTree;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark of issue 3: with the whole Yunnan tree, 146 rooms and 10,000 existing conferences in PostgreSQL,
 * the latency of a conflict-checked schedule call and of the province administrator's calendar week, next to a
 * health round trip as the loopback baseline. A program that prints figures, not a test: it asserts no timings.
 *
 * <p>Run from the repository root after a build:
 * {@code java -jar bench/conference-bench/target/conference-bench.jar [options] [repository root]}.
 */
public final class ConferenceBench {

    static final String PROVINCE = "530000";

    private ConferenceBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = BenchMain.stdout();
        BenchOptions options = BenchMain.parseOrExit(args, BenchOptions::parse, BenchOptions.USAGE);
        BenchMain.requireFile(options.serverJar(), "conference-server jar not found at " + options.serverJar(),
                "build first: ./mvnw -q -B package -DskipTests (and run from the repository root, "
                        + "or pass it as the argument)");
        Path work = Files.createTempDirectory("conference-bench-");
        BenchStack stack = new BenchStack(work, out);
        BenchMain.runAndExit(out, work, stack::stop, () -> { },
                new BenchMain.Results(options.resultsFile(), options.keep(), "(database, conference-server.log)"),
                () -> run(options, stack, out));
    }

    private static String run(BenchOptions o, BenchStack stack, PrintStream out) throws Exception {
        long startup = System.nanoTime();
        stack.start(o.serverJar(), o.synchronousCommit());
        out.printf("conference-server is up after %.1f s%n", seconds(System.nanoTime() - startup));

        JsonMapper mapper = JsonMapper.builder().build();
        ApiClient api = new ApiClient(stack.server().baseUri(), stack.serviceSecret());
        RegionTree tree = RegionTree.province(PROVINCE);
        Seeder seeder = new Seeder(api, mapper, out);

        out.println("Creating one meeting room per region (" + tree.size() + ") ...");
        long roomsStart = System.nanoTime();
        RoomDirectory rooms = seeder.rooms(tree);
        long roomsNanos = System.nanoTime() - roomsStart;

        SlotPlanner planner = new SlotPlanner(LocalDate.now(SlotPlanner.ZONE), rooms.size());
        Workload workload = new Workload(new ConferenceMix(tree, rooms), planner, o.seed());
        List<ConferenceSpec> existing = workload.existing(o.conferences());
        out.printf("Scheduling %,d existing conferences with %d clients ...%n", existing.size(), o.seedThreads());
        Seeder.Result seeded = seeder.conferences(existing, o.seedThreads());
        out.printf("Seeded in %.1f s%n", seconds(seeded.nanos()));

        Measurements m = new Measurements(api, mapper, workload, planner);
        out.println("Warming up (" + o.warmup() + " calls of each kind, not recorded) ...");
        m.warmUp(o.warmup());
        out.println("Measuring " + o.calls() + " schedule calls ...");
        Measurements.ScheduleFigures schedule = m.schedule(o.calls());
        out.println("Measuring " + o.calls() + " calendar week queries ...");
        Measurements.CalendarFigures calendar = m.calendar(o.calls());
        out.println("Measuring " + o.calls() + " health round trips ...");
        LatencyRecorder health = m.health(o.calls());
        out.println("Measuring " + o.calls() + " liveness round trips ...");
        LatencyRecorder liveness = m.liveness(o.calls());

        long provinceWide = existing.stream().filter(s -> s.group().provinceWide()).count();
        double meanRooms = existing.stream().mapToInt(ConferenceSpec::roomCount).average().orElse(0);
        long oneToFive = existing.stream().filter(s -> s.roomCount() <= 5).count();
        String fsync = stack.databaseSetting("fsync");
        ResultsTable table = new ResultsTable()
                .setup("Run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "; goal of issue 3: p99 ≤ 50 ms")
                .setup(String.format(Locale.ROOT, "Machine: %d cores, %s %s; Java %s for client and server; "
                                + "server `-Xmx768m`, default profile",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                        System.getProperty("os.arch"), Runtime.version()))
                .setup("PostgreSQL " + stack.postgresVersion() + " (embedded, loopback), synchronous_commit="
                        + stack.databaseSetting("synchronous_commit") + ", fsync=" + fsync)
                .setup(String.format(Locale.ROOT, "Data: Yunnan, %d regions (%d province + %d prefectures + %d "
                                + "counties), one room each; %,d existing conferences from %s to %s (working days, "
                                + "09–12 and 14–18 Shanghai time): %,d with 1–5 rooms, %d province-wide with 60–%d "
                                + "rooms, %.1f rooms on average; %,d rows in room_booking after the run",
                        tree.size(), tree.count(r -> r.level() == RegionLevel.PROVINCE),
                        tree.count(r -> r.level() == RegionLevel.PREFECTURE),
                        tree.count(r -> r.level() == RegionLevel.COUNTY), seeded.created(), planner.firstDay(),
                        planner.lastDay(), oneToFive, provinceWide, rooms.size(), meanRooms,
                        stack.countRows("room_booking")))
                .setup(String.format(Locale.ROOT, "Seeding through the REST API: %d rooms in %.1f s; %,d "
                                + "conferences in %.1f s with %d concurrent clients (%.0f/s), %d answered 409",
                        rooms.size(), seconds(roomsNanos), seeded.created() + seeded.conflicts(),
                        seconds(seeded.nanos()), seeded.threads(),
                        (seeded.created() + seeded.conflicts()) / seconds(seeded.nanos()), seeded.conflicts()))
                .setup(String.format(Locale.ROOT, "Measured: after %d unrecorded warm-up calls of each kind, %d "
                                + "calls of each kind one at a time on one thread; client-side wall time of "
                                + "java.net.http over loopback HTTP/1.1 (keep-alive), read to the last byte",
                        o.warmup(), o.calls()))
                .setup(String.format(Locale.ROOT, "Schedule: `POST /api/v1/conferences`, 80%% in free rooms, 20%% "
                                + "colliding with a booking on purpose; answers other than expected: %d",
                        schedule.unexpected()))
                .setup(String.format(Locale.ROOT, "Calendar: `GET /api/v1/calendar?region=530000` for one week "
                                + "spread over the seeded year; entries per week min %d, mean %.0f, max %d; "
                                + "empty answers: %d",
                        calendar.minEntries(), calendar.meanEntries(), calendar.maxEntries(), calendar.empty()))
                .row(schedule.created().summary())
                .row(schedule.conflict().summary())
                .row(schedule.all().summary())
                .row(calendar.latency().summary())
                .baseline(health.summary())
                .row(liveness.summary())
                .note("Latencies are client-side, so they include loopback HTTP and the client; the health row is "
                        + "the baseline of issue 3 (it also validates one database connection), liveness is the "
                        + "bare HTTP round trip through the server's web and security stack. p50 minus the health "
                        + "p50 estimates the server's own time.");
        if ("off".equals(fsync)) {
            table.note("The embedded PostgreSQL runs with fsync=off (zonky starts it with `-F`; that cannot be "
                    + "changed per database), so commits are never flushed to disk: a production server adds one "
                    + "WAL flush to every successful schedule call.");
        }
        return table.markdown();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
