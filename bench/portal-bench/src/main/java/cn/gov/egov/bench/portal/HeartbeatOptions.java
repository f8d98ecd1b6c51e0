package cn.gov.egov.bench.portal;

import static cn.gov.egov.bench.support.OptionValues.onOff;
import static cn.gov.egov.bench.support.OptionValues.positive;
import static cn.gov.egov.bench.support.OptionValues.repositoryRoot;

import java.nio.file.Path;

/**
 * Command-line settings of {@link HeartbeatBench}; the one positional argument is the repository root (default: the
 * current directory).
 *
 * @param learners          signed-in learners, each with one open lesson page and so one live playback
 * @param rate              the offered load of the open-loop phases, heartbeats per second (the goal of issue 5)
 * @param phaseSeconds      length of each measured phase
 * @param rounds            how often the four measured phases are repeated (alternating, against drifting load)
 * @param warmupSeconds     unrecorded closed-loop heartbeats before measuring
 * @param synchronousCommit PostgreSQL's {@code synchronous_commit} for the database (the embedded default is off)
 * @param jfr               record the portal with Java Flight Recorder into this file (null: no recording)
 */
record HeartbeatOptions(Path repoRoot, int learners, int rate, int phaseSeconds, int rounds, int warmupSeconds,
                        boolean synchronousCommit, boolean keep, Path jfr) {

    static final String USAGE = """
            usage: java -jar bench/portal-bench/target/portal-bench.jar [options] [repository root]
              --learners=N            signed-in learners with a live playback each (default 64)
              --rate=N                offered heartbeats per second in the open-loop phases (default 3000)
              --seconds=N             length of each measured phase (default 15)
              --rounds=N              repetitions of the four measured phases (default 2)
              --warmup=N              seconds of unrecorded heartbeats first (default 15)
              --synchronous-commit=on|off   durability of commits (default on, as in production)
              --jfr=FILE              record learning-portal with JFR (profile settings) into FILE
              --keep                  keep the temporary directory (database, portal log)""";

    static HeartbeatOptions parse(String[] args) {
        Path root = Path.of("");
        int learners = 64;
        int rate = 3000;
        int seconds = 15;
        int rounds = 2;
        int warmup = 15;
        boolean syncCommit = true;
        boolean keep = false;
        Path jfr = null;
        for (String a : args) {
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            if (a.startsWith("--learners=")) {
                learners = positive(a, value);
            } else if (a.startsWith("--rate=")) {
                rate = positive(a, value);
            } else if (a.startsWith("--seconds=")) {
                seconds = positive(a, value);
            } else if (a.startsWith("--rounds=")) {
                rounds = positive(a, value);
            } else if (a.startsWith("--warmup=")) {
                warmup = Math.max(0, Integer.parseInt(value));
            } else if (a.startsWith("--synchronous-commit=")) {
                syncCommit = onOff("--synchronous-commit", value);
            } else if (a.startsWith("--jfr=")) {
                jfr = Path.of(value).toAbsolutePath();
            } else if (a.equals("--keep")) {
                keep = true;
            } else {
                root = repositoryRoot(a);
            }
        }
        return new HeartbeatOptions(root.toAbsolutePath().normalize(), learners, rate, seconds, rounds, warmup,
                syncCommit, keep, jfr);
    }

    Path portalJar() {
        return repoRoot.resolve("learning-portal/target/learning-portal.jar");
    }

    Path resultsFile() {
        return repoRoot.resolve("bench/portal-bench/target/heartbeat-results.md");
    }
}
