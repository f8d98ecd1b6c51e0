package cn.gov.egov.bench.session;

import static cn.gov.egov.bench.support.OptionValues.positive;
import static cn.gov.egov.bench.support.OptionValues.repositoryRoot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line settings; the one positional argument is the repository root (default: the current directory).
 *
 * @param repoRoot     where {@code learning-portal/target/learning-portal.jar} is and results go
 * @param counts       the numbers of live sessions at which the heap is measured, ascending (default 50, 100, 200)
 * @param warmup       unmeasured sessions opened first on each portal JVM (class loading, JIT, caches)
 * @param gcRuns       {@code jcmd GC.run} calls before each reading
 * @param heap         the portal's {@code -Xmx} (the launcher's is 1g)
 * @param pages        which pages to measure, in order (reference, home, course)
 * @param minFreeMb    stop opening browser sessions when the machine has less memory available than this
 * @param keep         keep the temporary directory (database, portal log, histograms)
 * @param openers      browsers opening sessions side by side (each still one session at a time)
 */
record SessionOptions(Path repoRoot, List<Integer> counts, int warmup, int gcRuns, String heap, List<PageKind> pages,
                      long minFreeMb, boolean keep, int openers) {

    static final String USAGE = """
            usage: java -jar bench/session-bench/target/session-bench.jar [options] [repository root]
              --sessions=50,100,200   live sessions at which the heap is measured (ascending)
              --warmup=N              unmeasured sessions first, per page (default 5)
              --gc-runs=N             jcmd GC.run calls before each reading (default 3)
              --heap=SIZE             the portal's -Xmx (default 1g, as the launcher)
              --pages=reference,home,course   which pages, in this order
              --min-free-mb=N         stop opening sessions below this much available memory (default 3072)
              --openers=N             browsers opening sessions side by side (default 3)
              --keep                  keep the temporary directory (database, portal logs)""";

    static SessionOptions parse(String[] args) {
        Path root = Path.of("");
        List<Integer> counts = List.of(50, 100, 200);
        int warmup = 5;
        int gcRuns = 3;
        String heap = "1g";
        List<PageKind> pages = List.of(PageKind.values());
        long minFree = 3072;
        boolean keep = false;
        int openers = 3;
        for (String a : args) {
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            if (a.startsWith("--sessions=")) {
                List<Integer> list = new ArrayList<>();
                for (String s : value.split(",")) {
                    list.add(positive(a, s.trim()));
                }
                for (int i = 1; i < list.size(); i++) {
                    if (list.get(i) <= list.get(i - 1)) {
                        throw new IllegalArgumentException("--sessions must be ascending: " + value);
                    }
                }
                if (list.size() < 2) {
                    throw new IllegalArgumentException("--sessions needs at least two counts for a slope");
                }
                counts = List.copyOf(list);
            } else if (a.startsWith("--warmup=")) {
                warmup = Math.max(0, Integer.parseInt(value));
            } else if (a.startsWith("--gc-runs=")) {
                gcRuns = positive(a, value);
            } else if (a.startsWith("--heap=")) {
                if (!value.matches("[0-9]+[mMgG]")) {
                    throw new IllegalArgumentException("--heap must look like 768m or 1g");
                }
                heap = value;
            } else if (a.startsWith("--pages=")) {
                List<PageKind> list = new ArrayList<>();
                for (String s : value.split(",")) {
                    list.add(PageKind.parse(s.trim()));
                }
                pages = List.copyOf(list);
            } else if (a.startsWith("--min-free-mb=")) {
                minFree = Long.parseLong(value);
            } else if (a.startsWith("--openers=")) {
                openers = positive(a, value);
            } else if (a.equals("--keep")) {
                keep = true;
            } else {
                root = repositoryRoot(a);
            }
        }
        return new SessionOptions(root.toAbsolutePath().normalize(), counts, warmup, gcRuns, heap, pages, minFree,
                keep, openers);
    }

    int maxSessions() {
        return counts.getLast() + warmup;
    }

    Path portalJar() {
        return repoRoot.resolve("learning-portal/target/learning-portal.jar");
    }

    Path resultsDir() {
        return repoRoot.resolve("bench/session-bench/target");
    }
}
