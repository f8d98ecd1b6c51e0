package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.egov.bench.support.LatencyRecorder;

/** The results as Markdown: how the run was set up, then one table line per kind of call. */
final class ResultsTable {

    private final List<String> setup = new ArrayList<>();
    private final List<LatencyRecorder.Summary> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private LatencyRecorder.Summary baseline;

    /** One line of the set-up list, e.g. {@code "PostgreSQL: 17.6"}. */
    ResultsTable setup(String line) {
        setup.add(line);
        return this;
    }

    ResultsTable row(LatencyRecorder.Summary summary) {
        rows.add(summary);
        return this;
    }

    /** The row every p50 is divided by (the health round trip). */
    ResultsTable baseline(LatencyRecorder.Summary summary) {
        this.baseline = summary;
        return row(summary);
    }

    ResultsTable note(String line) {
        notes.add(line);
        return this;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## conference-server latency (issue 3)\n\n");
        for (String s : setup) {
            md.append("- ").append(s).append('\n');
        }
        md.append('\n');
        md.append("| Call | Calls | p50 ms | p90 ms | p99 ms | max ms | p50 ÷ health p50 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (LatencyRecorder.Summary r : rows) {
            md.append("| ").append(r.name())
                    .append(" | ").append(r.count())
                    .append(" | ").append(ms(r.p50()))
                    .append(" | ").append(ms(r.p90()))
                    .append(" | ").append(ms(r.p99()))
                    .append(" | ").append(ms(r.max()))
                    .append(" | ").append(ratio(r))
                    .append(" |\n");
        }
        for (String n : notes) {
            md.append('\n').append(n).append('\n');
        }
        return md.toString();
    }

    private String ratio(LatencyRecorder.Summary r) {
        if (baseline == null || r.count() == 0 || !(baseline.p50() > 0)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f×", r.p50() / baseline.p50());
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
