package cn.gov.egov.bench.session;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Markdown the benchmark prints and writes. */
final class Report {

    static final double GOAL_KB = 200;
    private static final String UI = "com.vaadin.flow.component.UI";
    private static final String SESSION = "com.vaadin.flow.server.VaadinSession";
    private static final String HTTP_SESSION = "org.apache.catalina.session.StandardSession";

    private Report() {
    }

    static String markdown(List<Series> results, SessionOptions options, SessionBench.RunInfo info) {
        Series reference = results.stream().filter(s -> s.kind == PageKind.REFERENCE).findFirst().orElse(null);
        double refKb = reference == null ? Double.NaN : reference.heapSlope() / 1024;
        StringBuilder sb = new StringBuilder();
        sb.append("| Page | Sessions (N) | Heap used after full GC at each N (MB) | Retained per session, slope of heap (KB) "
                + "| ÷ reference | Live bytes per session, slope of the class histogram (KB) | Vaadin UIs per session "
                + "| Goal ≤ 200 KB |\n");
        sb.append("|---|---|---|---:|---:|---:|---:|---|\n");
        for (Series s : results) {
            double kb = s.heapSlope() / 1024;
            String ns = s.points.stream().map(p -> String.valueOf(p.sessions())).collect(Collectors.joining(", "));
            String heaps = s.points.stream().map(p -> fmt(p.reading().heapUsedBytes() / 1048576.0, 1))
                    .collect(Collectors.joining(", "));
            sb.append("| ").append(s.kind.label).append(" | ").append(ns).append(" | ").append(heaps).append(" | ")
                    .append(fmt(kb, 1)).append(" | ")
                    .append(s.kind == PageKind.REFERENCE ? "1.00" : fmt(kb / refKb, 2)).append(" | ")
                    .append(fmt(s.liveSlope() / 1024, 1)).append(" | ")
                    .append(fmt(s.instancesPerSession(UI), 2)).append(" | ")
                    .append(s.kind == PageKind.REFERENCE ? "(reference)" : kb <= GOAL_KB ? "met" : "**not met**")
                    .append(s.note.isEmpty() ? "" : " — " + s.note).append(" |\n");
        }
        sb.append('\n');
        sb.append("Set-up: learning-portal production jar (Vaadin production bundle), default profile, `-Xmx")
                .append(options.heap()).append("`, GC: ")
                .append(results.isEmpty() ? "?" : results.getFirst().baseline.gcName())
                .append("; a fresh portal JVM per page; ").append(options.warmup())
                .append(" unmeasured warm-up sessions first; each session its own learner in its own Chromium context ")
                .append("(Chromium ").append(info.chromium).append(", ").append(options.openers())
                .append(" browsers opening sessions side by side, each one at a time), signed in through the log-in form, ")
                .append("page rendered and Vaadin idle before the next one; nothing closed; ").append(options.gcRuns())
                .append("× `jcmd GC.run` then `jcmd GC.heap_info` at each N; slope = least-squares fit over the N points.\n");
        sb.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(MachineInfo.totalMb()).append(" MB RAM; load average (1/5/15 min) ").append(info.loadBefore)
                .append(" before, ").append(info.loadAfter).append(" after. Commit ").append(info.commit)
                .append(". Run ").append(info.started).append(" – ").append(info.finished).append(".\n");
        return sb.toString();
    }

    /** Per page: the classes that grew most between the first and the last N, per session (what a session holds). */
    static String histograms(List<Series> results) {
        StringBuilder sb = new StringBuilder("# What a session retains (class histogram growth per session)\n\n");
        for (Series s : results) {
            if (s.points.size() < 2) {
                continue;
            }
            sb.append("## ").append(s.kind.label).append(" (N ").append(s.points.getFirst().sessions()).append(" → ")
                    .append(s.points.getLast().sessions()).append(")\n\n");
            sb.append("Per session: ").append(fmt(s.instancesPerSession(UI), 2)).append(" UI, ")
                    .append(fmt(s.instancesPerSession(SESSION), 2)).append(" VaadinSession, ")
                    .append(fmt(s.instancesPerSession(HTTP_SESSION), 2)).append(" HTTP session.\n\n");
            sb.append("| Class | Bytes per session | Instances per session |\n|---|---:|---:|\n");
            for (Series.Growth g : s.topGrowth(40)) {
                sb.append("| `").append(g.className()).append("` | ").append(fmt(g.bytesPerSession(), 0)).append(" | ")
                        .append(fmt(g.instancesPerSession(), 1)).append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
