package cn.gov.egov.bench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Facts about the machine for the report (Linux /proc), each "?" when unknown. */
final class MachineInfo {

    private MachineInfo() {
    }

    /** The 1-, 5- and 15-minute load averages. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** MemAvailable in MB, or -1 when unknown. */
    static long availableMb() {
        return meminfo("MemAvailable:");
    }

    static long totalMb() {
        return meminfo("MemTotal:");
    }

    private static long meminfo(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return -1;
    }

    static String gitCommit(Path repoRoot) {
        try {
            Process p = new ProcessBuilder(List.of("git", "-C", repoRoot.toString(), "rev-parse", "--short=10", "HEAD"))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                return "?";
            }
            Process d = new ProcessBuilder(List.of("git", "-C", repoRoot.toString(), "status", "--porcelain",
                    "--untracked-files=no")).redirectErrorStream(true).start();
            String dirty = new String(d.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            d.waitFor();
            return dirty.isEmpty() ? out : out + " (with uncommitted changes)";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }
}
