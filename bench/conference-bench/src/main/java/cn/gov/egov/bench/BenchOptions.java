package cn.gov.egov.bench;

import static cn.gov.egov.bench.support.OptionValues.onOff;
import static cn.gov.egov.bench.support.OptionValues.positive;
import static cn.gov.egov.bench.support.OptionValues.repositoryRoot;

import java.nio.file.Path;

/**
 * Command-line settings. Defaults are the figures of issue 3; the one positional argument is the repository root
 * (default: the current directory).
 *
 * @param repoRoot          where {@code conference-server/target/conference-server.jar} is and results go
 * @param conferences       existing conferences to seed before measuring
 * @param calls             measured calls per kind (schedule, calendar week, health)
 * @param warmup            unrecorded calls per kind before measuring
 * @param seedThreads       concurrent clients while seeding
 * @param synchronousCommit PostgreSQL's {@code synchronous_commit} for the database (the embedded default is off)
 * @param keep              keep the temporary directory (database, logs) after a successful run
 * @param seed              seed of the random generator, so that runs are repeatable
 */
record BenchOptions(Path repoRoot, int conferences, int calls, int warmup, int seedThreads,
                    boolean synchronousCommit, boolean keep, long seed) {

    static final String USAGE = """
            usage: java -jar bench/conference-bench/target/conference-bench.jar [options] [repository root]
              --conferences=N         existing conferences to seed (default 10000)
              --calls=N               measured calls per kind (default 1000)
              --warmup=N              unrecorded warm-up calls per kind (default 200)
              --threads=N             concurrent clients while seeding (default 6)
              --synchronous-commit=on|off   durability of commits (default on, as in production)
              --keep                  keep the temporary directory (database, server log)
              --seed=N                random seed (default 42)""";

    static BenchOptions parse(String[] args) {
        Path root = Path.of("");
        int conferences = 10_000;
        int calls = 1_000;
        int warmup = 200;
        int threads = 6;
        boolean syncCommit = true;
        boolean keep = false;
        long seed = 42;
        for (String a : args) {
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            if (a.startsWith("--conferences=")) {
                conferences = positive(a, value);
            } else if (a.startsWith("--calls=")) {
                calls = positive(a, value);
            } else if (a.startsWith("--warmup=")) {
                warmup = Math.max(0, Integer.parseInt(value));
            } else if (a.startsWith("--threads=")) {
                threads = positive(a, value);
            } else if (a.startsWith("--synchronous-commit=")) {
                syncCommit = onOff("--synchronous-commit", value);
            } else if (a.equals("--keep")) {
                keep = true;
            } else if (a.startsWith("--seed=")) {
                seed = Long.parseLong(value);
            } else {
                root = repositoryRoot(a);
            }
        }
        return new BenchOptions(root.toAbsolutePath().normalize(), conferences, calls, warmup, threads, syncCommit,
                keep, seed);
    }

    Path serverJar() {
        return repoRoot.resolve("conference-server/target/conference-server.jar");
    }

    Path resultsFile() {
        return repoRoot.resolve("bench/conference-bench/target/results.md");
    }
}
