package cn.gov.egov.bench.portal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.egov.bench.support.BenchMain;

/**
 * Issue 5's heartbeat benchmark: learning-portal's {@code POST /api/learning/heartbeats} against a real PostgreSQL,
 * with N signed-in learners each holding a live playback started by opening the lesson page, measured as a ratio
 * against a request of the same endpoint, session and security chain that does no work. A program that prints
 * figures, not a test: it asserts no timings.
 *
 * <p>Run from the repository root after a build:
 * {@code java -jar bench/portal-bench/target/portal-bench.jar [options] [repository root]}.
 */
public final class HeartbeatBench {

    private static final int LESSON_SECONDS = 4 * 3600; // longer than any run: the position never reaches the end

    private HeartbeatBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = BenchMain.stdout();
        HeartbeatOptions options = BenchMain.parseOrExit(args, HeartbeatOptions::parse, HeartbeatOptions.USAGE);
        BenchMain.requireFile(options.portalJar(), "learning-portal jar not found at " + options.portalJar(),
                "build first: ./mvnw -B -o -q package -pl learning-portal,bench/portal-bench "
                        + "-DskipTests (and run from the repository root, or pass it as the argument)");
        Path work = Files.createTempDirectory("portal-bench-");
        PortalStack stack = new PortalStack(work, out);
        BenchMain.runAndExit(out, work, stack::stop, () -> { },
                new BenchMain.Results(options.resultsFile(), options.keep(), "(database, learning-portal.log)"),
                () -> run(options, stack, out));
    }

    private static String run(HeartbeatOptions o, PortalStack stack, PrintStream out) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> jvmArgs = o.jfr() == null ? List.of()
                : List.of("-XX:StartFlightRecording=settings=profile,filename=" + o.jfr());
        long startup = System.nanoTime();
        stack.start(o.portalJar(), o.synchronousCommit(), jvmArgs);
        out.printf("learning-portal is up after %.1f s%n", (System.nanoTime() - startup) / 1e9);

        List<String> names;
        String lessonId;
        try (Connection c = stack.connection()) {
            names = Seeder.learners(c, o.learners());
            lessonId = Seeder.videoLesson(c, LESSON_SECONDS).toString();
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        LearnerClient client = new LearnerClient(http, stack.portal().baseUri());
        out.printf("Signing in %d learners and opening the lesson page for each ...%n", names.size());
        long signIn = System.nanoTime();
        List<LearnerClient.Playback> playbacks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<LearnerClient.Playback>> futures = new ArrayList<>();
            for (String n : names) {
                futures.add(pool.submit(() -> client.signInAndOpen(n, Seeder.PASSWORD, lessonId)));
            }
            for (Future<LearnerClient.Playback> f : futures) {
                playbacks.add(f.get());
            }
        }
        double signInSeconds = (System.nanoTime() - signIn) / 1e9;
        out.printf("Signed in and opened in %.1f s%n", signInSeconds);
        Collections.shuffle(playbacks, new java.util.Random(42));

        LoadPhase load = new LoadPhase(http, stack.portal().baseUri(), playbacks);
        if (o.warmupSeconds() > 0) {
            out.printf("Warming up: %d s of heartbeats, not recorded ...%n", o.warmupSeconds());
            load.run(LoadPhase.Kind.HEARTBEAT, 0, Duration.ofSeconds(o.warmupSeconds()), "warm-up");
            load.run(LoadPhase.Kind.REFERENCE, 0, Duration.ofSeconds(Math.max(1, o.warmupSeconds() / 3)), "warm-up");
        }
        Duration phase = Duration.ofSeconds(o.phaseSeconds());
        List<LoadPhase.Result> results = new ArrayList<>();
        for (int round = 1; round <= o.rounds(); round++) {
            for (double rate : new double[] {0, o.rate()}) {
                for (LoadPhase.Kind kind : List.of(LoadPhase.Kind.REFERENCE, LoadPhase.Kind.HEARTBEAT)) {
                    out.printf("Round %d: %s, %s ...%n", round, kind, rate == 0 ? "as fast as answered"
                            : String.format(Locale.ROOT, "%.0f/s offered", rate));
                    LoadPhase.Result r = load.run(kind, rate, phase, kind.name());
                    out.printf("  %,.0f/s, p99 %.2f ms; %s%n", r.throughput(), r.latency().summary().p99(),
                            r.answersText());
                    results.add(r);
                }
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        HeartbeatReport report = new HeartbeatReport(o, results);
        report.setup("Run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "; goal of issue 5: ≥ 3,000 "
                + "heartbeats/s and p99 ≤ 25 ms on this 2-core machine");
        report.setup(String.format(Locale.ROOT, "Machine: %d cores, %s %s, load average %.2f before and %.2f "
                        + "after (shared with other sessions); Java %s for client and server; portal `-Xmx1g`, "
                        + "default profile", Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), loadBefore, loadAfter, Runtime.version()));
        report.setup("PostgreSQL " + stack.setting("server_version") + " (embedded, loopback), synchronous_commit="
                + stack.setting("synchronous_commit") + ", fsync=" + stack.setting("fsync"));
        report.setup(String.format(Locale.ROOT, "%d learners signed in with the form log-in over HTTP and opened "
                + "the lesson route (which starts the playback in their Vaadin session) in %.1f s; a published "
                + "required course with one %d-minute video lesson", names.size(), signInSeconds,
                LESSON_SECONDS / 60));
        try (Connection c = stack.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), coalesce(max(credited_ms), 0), "
                     + "coalesce(sum(credited_ms), 0) from lesson_progress")) {
            rs.next();
            report.setup(String.format(Locale.ROOT, "After the run: %d rows in lesson_progress, credited per "
                            + "learner at most %.1f s (the learners' playbacks were open for at most %.1f s of wall "
                            + "time), %.1f s in all", rs.getLong(1), rs.getLong(2) / 1000.0,
                    (System.nanoTime() - playbacks.stream().mapToLong(LearnerClient.Playback::openedAtNanos).min()
                            .orElseThrow()) / 1e9, rs.getLong(3) / 1000.0));
        }
        if (o.jfr() != null) {
            report.setup("Recorded with JFR (profile settings) into " + o.jfr());
        }
        return report.markdown();
    }
}
