package cn.gov.egov.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where conference-server's CPU goes during a round: a JFR recording ({@code settings=profile}, execution samples
 * every 10 ms per running thread) started and stopped on the child process with {@code jcmd}, then read back with
 * {@link RecordingFile}. Samples see threads running Java code only, not threads waiting for a lock or a bridge.
 */
final class ServerProfiler {

    /** The profile of one recording, as Markdown-ready lines. */
    record Profile(int samples, double gcPauseMillis, double machineCpu, double serverCpu, List<String> ourCode,
                   List<String> selfTime) {
    }

    private static final String NAME = "focusbench";
    private final long pid;
    private final Path dir;
    private int recordings;
    private Path current;

    ServerProfiler(long pid, Path dir) {
        this.pid = pid;
        this.dir = dir;
    }

    void start() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=" + NAME, "settings=profile");
        current = dir.resolve("focus-" + (++recordings) + ".jfr");
    }

    /** Stops the recording and reads it: the {@code top} methods of ours by inclusive share, and by self time. */
    Profile stop(int top) throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=" + NAME, "filename=" + current);
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        double gcPause = 0;
        double machine = 0;
        double jvm = 0;
        int loads = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(current)) {
            switch (e.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    if (e.getStackTrace() == null || e.getStackTrace().getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = e.getStackTrace().getFrames();
                    self.merge(name(frames.getFirst().getMethod()), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame f : frames) {
                        RecordedMethod m = f.getMethod();
                        if (m != null && m.getType().getName().startsWith("cn.gov.egov.")
                                && !m.getType().getName().contains("$$Lambda") && !m.getName().startsWith("lambda$")
                                && seen.add(name(m))) {
                            inclusive.merge(name(m), 1, Integer::sum);
                        }
                    }
                }
                case "jdk.GarbageCollection" -> gcPause += e.getDuration("sumOfPauses").toNanos() / 1e6;
                case "jdk.CPULoad" -> {
                    machine += e.getDouble("machineTotal");
                    jvm += e.getDouble("jvmUser") + e.getDouble("jvmSystem");
                    loads++;
                }
                default -> {
                    // other events are not used
                }
            }
        }
        return new Profile(samples, gcPause, loads == 0 ? Double.NaN : machine / loads,
                loads == 0 ? Double.NaN : jvm / loads, topShares(inclusive, samples, top),
                topShares(self, samples, top));
    }

    private static List<String> topShares(Map<String, Integer> counts, int samples, int top) {
        List<String> out = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.add(String.format(Locale.ROOT, "%4.1f%% %s", 100.0 * e.getValue() / samples,
                        e.getKey())));
        return out;
    }

    private static String name(RecordedMethod m) {
        if (m == null) {
            return "?";
        }
        String type = m.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> args = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }
}
