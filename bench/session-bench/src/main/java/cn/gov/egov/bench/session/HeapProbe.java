package cn.gov.egov.bench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the portal JVM's heap through {@code jcmd} (of the JDK running the benchmark): forces full GCs, then the heap
 * used after them ({@code GC.heap_info}) and the live-object class histogram ({@code GC.class_histogram}, which
 * itself collects first, so its total is the bytes of live objects only).
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)([KMG])");
    private static final Pattern HISTO_LINE =
            Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTO_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    /** One class's live instances and bytes. */
    record ClassCount(long instances, long bytes) {
    }

    /** A reading: heap used after the forced GCs, and the live histogram (total and per class). */
    record Reading(long heapUsedBytes, long liveBytes, long liveInstances, Map<String, ClassCount> classes,
                   String gcName) {
    }

    private final long pid;
    private final String jcmd;

    HeapProbe(long pid) {
        this.pid = pid;
        String java = ProcessHandle.current().info().command().orElse("java");
        Path sibling = Path.of(java).resolveSibling("jcmd");
        this.jcmd = sibling.toFile().canExecute() ? sibling.toString() : "jcmd";
    }

    Reading read(int gcRuns) throws IOException, InterruptedException {
        for (int i = 0; i < gcRuns; i++) {
            run("GC.run");
            Thread.sleep(500);
        }
        String info = run("GC.heap_info");
        long used = heapUsed(info);
        String histogram = run("GC.class_histogram");
        Map<String, ClassCount> classes = new LinkedHashMap<>();
        long total = -1;
        long instances = -1;
        for (String line : histogram.split("\n")) {
            Matcher m = HISTO_LINE.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new ClassCount(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        (a, b) -> new ClassCount(a.instances() + b.instances(), a.bytes() + b.bytes()));
                continue;
            }
            Matcher t = HISTO_TOTAL.matcher(line.trim());
            if (t.find()) {
                instances = Long.parseLong(t.group(1));
                total = Long.parseLong(t.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no Total line in the class histogram:\n" + histogram);
        }
        return new Reading(used, total, instances, classes, info.lines().filter(l -> l.contains("used"))
                .findFirst().map(l -> l.trim().split("\\s+total")[0]).orElse("?"));
    }

    /** Sums the "used" figures of the heap's own lines (every generation), stopping at Metaspace. */
    static long heapUsed(String heapInfo) {
        long sum = 0;
        boolean found = false;
        for (String line : heapInfo.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                break;
            }
            if (line.contains("region size") || line.contains(" space ")) {
                continue; // G1's region line and Serial/Parallel's per-space lines repeat the generation figures
            }
            Matcher m = USED.matcher(line);
            if (m.find()) {
                long n = Long.parseLong(m.group(1));
                sum += switch (m.group(2)) {
                    case "K" -> n * 1024;
                    case "M" -> n * 1024 * 1024;
                    default -> n * 1024 * 1024 * 1024;
                };
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("cannot read the heap used from:\n" + heapInfo);
        }
        return sum;
    }

    private String run(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(jcmd, String.valueOf(pid), command)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n"
                    + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
