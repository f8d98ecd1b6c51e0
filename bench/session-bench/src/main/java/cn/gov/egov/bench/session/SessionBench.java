package cn.gov.egov.bench.session;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.egov.bench.support.BenchMain;
import cn.gov.egov.bench.support.ChildProcess;

/**
 * Server memory retained per active Vaadin learner session (issue 5): for each page kind (a bare page with a
 * two-row Grid as the reference, the learner home page, a course page with lessons) a fresh learning-portal JVM,
 * then N = 50, 100, 200 live browser sessions, each its own learner, with full GCs and a heap reading at each N.
 * Retained per session = the least-squares slope of heap used after GC against N. See bench/README.md.
 */
public final class SessionBench {

    private SessionBench() {
    }

    public static void main(String[] args) throws Exception {
        SessionOptions options = BenchMain.parseOrExit(args, SessionOptions::parse, SessionOptions.USAGE);
        BenchMain.requireFile(options.portalJar(), "No " + options.portalJar() + ": build it first with "
                + "./mvnw -B -q package -DskipTests -pl learning-portal,bench/session-bench -am");
        PrintStream out = System.out;
        Path workDir = Files.createTempDirectory("session-bench-");
        PortalStack stack = new PortalStack(workDir, out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "session-bench-stop"));
        RunInfo info = RunInfo.before(options.repoRoot());
        List<Series> results = new ArrayList<>();
        boolean ok = false;
        try (OpenerPool browser = new OpenerPool(options.openers())) {
            info.chromium = browser.version();
            stack.startDatabase(options.portalJar());
            Seeder.Seeded seeded = null;
            for (PageKind kind : options.pages()) {
                ChildProcess portal = stack.startPortal(kind.id, options.heap());
                if (seeded == null) {
                    try (Connection c = stack.connect()) {
                        seeded = Seeder.seed(c, options.maxSessions());
                    }
                    out.println("Seeded " + seeded.learners().size() + " learners and 3 published courses");
                }
                results.add(measure(kind, portal, browser, seeded, options, out));
                browser.closeAll();
                stack.stopPortal();
                writeReport(results, options, info, out); // after each page, so that an interrupted run leaves figures
            }
            ok = true;
        } finally {
            stack.stop();
            if (ok && !options.keep()) {
                BenchMain.deleteTree(workDir);
            } else {
                out.println("Kept " + workDir);
            }
        }
        String report = writeReport(results, options, info, out);
        out.println();
        out.println(report);
        out.println("Written to " + options.resultsDir().resolve("session-bench.md") + " and session-bench-histogram.md");
    }

    private static String writeReport(List<Series> results, SessionOptions options, RunInfo info, PrintStream out)
            throws IOException {
        info.after();
        String report = Report.markdown(results, options, info);
        Files.createDirectories(options.resultsDir());
        Files.writeString(options.resultsDir().resolve("session-bench.md"), report, StandardCharsets.UTF_8);
        Files.writeString(options.resultsDir().resolve("session-bench-histogram.md"), Report.histograms(results),
                StandardCharsets.UTF_8);
        return report;
    }

    private static Series measure(PageKind kind, ChildProcess portal, OpenerPool browser, Seeder.Seeded seeded,
                                  SessionOptions options, PrintStream out) throws Exception {
        Series series = new Series(kind);
        HeapProbe probe = new HeapProbe(portal.pid());
        String path = switch (kind) {
            case REFERENCE -> "/bench/reference";
            case HOME -> "/";
            case COURSE -> "/courses/" + seeded.requiredCourse();
        };
        String baseUrl = portal.baseUri().toString();
        OpenerPool.OpenTask task = (b, i) -> b.openSession(baseUrl, path, kind, seeded.learners().get(i),
                Seeder.PASSWORD);
        int next = 0;
        long t0 = System.nanoTime();
        browser.open(0, options.warmup(), task);
        next = options.warmup();
        series.baseline = probe.read(options.gcRuns());
        out.printf("%s: %d warm-up sessions, heap after GC %.1f MB%n", kind.id, options.warmup(),
                series.baseline.heapUsedBytes() / 1048576.0);
        for (int count : options.counts()) {
            while (next < options.warmup() + count) {
                long free = MachineInfo.availableMb();
                if (free >= 0 && free < options.minFreeMb()) {
                    int reached = next - options.warmup();
                    series.note = "stopped at " + reached + " sessions: " + free + " MB available on the machine";
                    out.println(kind.id + ": " + series.note);
                    if (series.points.isEmpty() || series.points.getLast().sessions() < reached) {
                        // the sessions opened so far still make a point of the fit
                        series.points.add(new Series.Point(reached, probe.read(options.gcRuns())));
                    }
                    return series;
                }
                int to = Math.min(options.warmup() + count, next + 3 * options.openers());
                browser.open(next, to, task);
                browser.purgeBrowserMemory();
                next = to;
            }
            HeapProbe.Reading r = probe.read(options.gcRuns());
            series.points.add(new Series.Point(count, r));
            out.printf("%s: %d sessions, heap after GC %.1f MB, live %.1f MB (%.0f s so far, %d MB available)%n",
                    kind.id, count, r.heapUsedBytes() / 1048576.0, r.liveBytes() / 1048576.0,
                    (System.nanoTime() - t0) / 1e9, MachineInfo.availableMb());
        }
        return series;
    }

    /** What the report says about the run: when, which commit, how loaded the machine was. */
    static final class RunInfo {
        final Instant started = Instant.now();
        final String commit;
        final String loadBefore = MachineInfo.loadAverage();
        String loadAfter = "";
        String chromium = "";
        Instant finished;

        private RunInfo(String commit) {
            this.commit = commit;
        }

        static RunInfo before(Path repoRoot) {
            return new RunInfo(MachineInfo.gitCommit(repoRoot));
        }

        void after() {
            finished = Instant.now();
            loadAfter = MachineInfo.loadAverage();
        }
    }
}
