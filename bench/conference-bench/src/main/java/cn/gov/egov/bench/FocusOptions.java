package cn.gov.egov.bench;

import static cn.gov.egov.bench.support.OptionValues.range;
import static cn.gov.egov.bench.support.OptionValues.repositoryRoot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line settings of {@link FocusBench}; the one positional argument is the repository root (default: the
 * current directory).
 *
 * @param repoRoot      where {@code conference-server/target/conference-server.jar} is and results go
 * @param latencies     the artificial per-request latency of the bridges, one measured round each
 * @param countyBridges how many of the 129 counties get a bridge of their own (spread evenly), the rest use their
 *                      prefecture's
 * @param rooms         rooms in each measured conference (the first in breadth-first order: province, prefectures,
 *                      counties); 146 is the whole province
 * @param warmupRooms   rooms in an unrecorded warm-up conference before the measured rounds (0: none)
 * @param timeout       how long a round may take before it is reported as unfinished
 * @param poolSize      conference-server's JDBC pool ({@code spring.datasource.hikari.maximum-pool-size}); the
 *                      default 10 deadlocks when ten or more rooms join at once (see bench/README.md), so the
 *                      benchmark raises it unless told otherwise
 * @param answerTimeout the server's {@code conference.focus.answer-timeout}, or null for its default (30 s), which
 *                      expires most rooms of a province-wide join at 7 ms (answers wait for the conference's lock)
 * @param compactAnswers answer with transport attributes in the first m-line only ({@link FakeAnswer}); the full
 *                      FakeBrowser answer exceeds the server's 64 KiB limit beyond about 120 participants
 * @param profile       record the server with JFR during each measured round and report its hot spots
 * @param keep          keep the temporary directory (database, server log, JFR recordings)
 */
record FocusOptions(Path repoRoot, List<Duration> latencies, int countyBridges, int rooms, int warmupRooms,
                    Duration timeout, int poolSize, Duration answerTimeout, boolean compactAnswers, boolean profile,
                    boolean keep) {

    static final String USAGE = """
            usage: java -cp bench/conference-bench/target/conference-bench.jar \\
                     -Dloader.main=cn.gov.egov.bench.FocusBench \\
                     org.springframework.boot.loader.launch.PropertiesLauncher [options] [repository root]
              --latency=7,0           bridge latency per Colibri2 request in ms, one round each (default 7,0)
              --county-bridges=N      counties with a bridge of their own, 0–129 (default 129)
              --rooms=N               rooms per conference, 2–146 (default 146, the whole province)
              --warmup-rooms=N        rooms of an unrecorded warm-up conference, 0 for none (default 30)
              --timeout=S             seconds a round may take (default 900)
              --pool-size=N           conference-server's JDBC pool size (default 160; the server's own is 10)
              --answer-timeout=S      the server's answer timeout in seconds, 0 for its default of 30 (default 600)
              --answer=compact|full   SDP answers: transport attributes once (default) or in every m-line, as
                                      FakeBrowser (refused as over 64 KiB beyond ~120 participants)
              --profile               JFR on conference-server during each round: hot spots in the report
              --keep                  keep the temporary directory (database, server log, recordings)""";

    static FocusOptions parse(String[] args) {
        Path root = Path.of("");
        List<Duration> latencies = List.of(Duration.ofMillis(7), Duration.ZERO);
        int countyBridges = 129;
        int rooms = 146;
        int warmupRooms = 30;
        Duration timeout = Duration.ofSeconds(900);
        int poolSize = 160;
        boolean compact = true;
        Duration answerTimeout = Duration.ofSeconds(600);
        boolean profile = false;
        boolean keep = false;
        for (String a : args) {
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            if (a.startsWith("--latency=")) {
                List<Duration> list = new ArrayList<>();
                for (String ms : value.split(",")) {
                    list.add(Duration.ofNanos(Math.round(Double.parseDouble(ms.strip()) * 1e6)));
                }
                latencies = List.copyOf(list);
            } else if (a.startsWith("--county-bridges=")) {
                countyBridges = range(a, value, 0, 129);
            } else if (a.startsWith("--rooms=")) {
                rooms = range(a, value, 2, 146);
            } else if (a.startsWith("--warmup-rooms=")) {
                warmupRooms = range(a, value, 0, 146);
            } else if (a.startsWith("--timeout=")) {
                timeout = Duration.ofSeconds(range(a, value, 10, 86_400));
            } else if (a.startsWith("--pool-size=")) {
                poolSize = range(a, value, 1, 180);
            } else if (a.startsWith("--answer-timeout=")) {
                int seconds = range(a, value, 0, 86_400);
                answerTimeout = seconds == 0 ? null : Duration.ofSeconds(seconds);
            } else if (a.startsWith("--answer=")) {
                if (!value.equals("compact") && !value.equals("full")) {
                    throw new IllegalArgumentException("--answer must be compact or full");
                }
                compact = value.equals("compact");
            } else if (a.equals("--profile")) {
                profile = true;
            } else if (a.equals("--keep")) {
                keep = true;
            } else {
                root = repositoryRoot(a);
            }
        }
        return new FocusOptions(root.toAbsolutePath().normalize(), latencies, countyBridges, rooms,
                warmupRooms == 1 ? 2 : warmupRooms, timeout, poolSize, answerTimeout, compact, profile, keep);
    }

    Path serverJar() {
        return repoRoot.resolve("conference-server/target/conference-server.jar");
    }

    Path resultsFile() {
        return repoRoot.resolve("bench/conference-bench/target/focus-results.md");
    }
}
