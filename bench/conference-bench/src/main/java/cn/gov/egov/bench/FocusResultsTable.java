package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The focus benchmark's results as Markdown: set-up, milestones per round, requests by purpose, relays, hot spots. */
final class FocusResultsTable {

    private final List<String> setup = new ArrayList<>();
    private final List<FocusRound.Result> rounds = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    FocusResultsTable setup(String line) {
        setup.add(line);
        return this;
    }

    FocusResultsTable round(FocusRound.Result r) {
        rounds.add(r);
        return this;
    }

    FocusResultsTable profile(String label, ServerProfiler.Profile p) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "**Hot spots, %s** (%d JFR execution samples of conference-server; "
                        + "machine CPU %.0f%%, server CPU %.0f%% of 2 cores on average; GC pauses %.0f ms)%n%n",
                label, p.samples(), 100 * p.machineCpu(), 100 * p.serverCpu(), p.gcPauseMillis()));
        s.append("Our methods, share of samples with the method on the stack:\n\n```\n");
        p.ourCode().forEach(l -> s.append(l).append('\n'));
        s.append("```\n\nSelf time (top frame), any code:\n\n```\n");
        p.selfTime().forEach(l -> s.append(l).append('\n'));
        s.append("```\n");
        profiles.add(s.toString());
        return this;
    }

    FocusResultsTable note(String line) {
        notes.add(line);
        return this;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Focus: a province-wide conference joining at once\n\n");
        setup.forEach(s -> md.append("- ").append(s).append('\n'));
        md.append("\n| Round | Milestone (from the first join sent) | Wall s | Bridges busy s | Focus s | Focus share "
                + "| Round trips s | Focus share vs round trips | Colibri2 requests | Focus ms per request |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (FocusRound.Result r : rounds) {
            for (RoundFigures.Window w : new RoundFigures.Window[] {r.allocated(), r.answered(), r.relayed(),
                    r.settled()}) {
                if (w == null) {
                    continue;
                }
                md.append("| ").append(r.label()).append(" | ").append(w.name())
                        .append(" | ").append(sec(w.wallNanos()))
                        .append(" | ").append(sec(w.bridgeBusyNanos()))
                        .append(" | ").append(sec(w.wallNanos() - w.bridgeBusyNanos()))
                        .append(" | ").append(pct(w.focusShare()))
                        .append(" | ").append(w.roundTripNanos() < 0 ? "–" : sec(w.roundTripNanos()))
                        .append(" | ").append(pct(w.focusShareByRoundTrips()))
                        .append(" | ").append(w.requests())
                        .append(" | ").append(num(w.focusMillisPerRequest()))
                        .append(" |\n");
            }
        }
        md.append("\n| Round | Rooms | Allocated | Answers on bridges | Bridges | Relays | Region tree | Relays per "
                + "bridge | Offers sent | MB to clients | Bridge ms per request p50 / max | Failures |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---|\n");
        for (FocusRound.Result r : rounds) {
            md.append("| ").append(r.label()).append(" | ").append(r.rooms()).append(" | ")
                    .append(r.allocatedClients()).append(" | ").append(r.answeredClients()).append(" | ")
                    .append(r.relays().bridges()).append(" | ").append(r.relays().relays()).append(" | ")
                    .append(r.relays().regionTree() ? "yes" : "**no**").append(" | ")
                    .append(String.join(", ", r.relays().perLevel())).append(" | ")
                    .append(r.offers()).append(" | ").append(r.megabytesToClients()).append(" | ")
                    .append(num(r.requestMillis()[0])).append(" / ").append(num(r.requestMillis()[1])).append(" | ")
                    .append(r.timedOut() ? "**timed out** " : "")
                    .append(r.failures().isEmpty() ? "none" : String.join("; ", r.failures())).append(" |\n");
        }
        md.append("\n| Round | Wall s, first join to end of wait (settled + 1.5 s quiet) | conference-server CPU s | benchmark process CPU s "
                + "(bridges, clients) | Share of the 2 cores used by both |\n|---|---:|---:|---:|---:|\n");
        for (FocusRound.Result r : rounds) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.0f%% |%n", r.label(),
                    r.cpuWallSeconds(), r.serverCpuSeconds(), r.benchCpuSeconds(),
                    100 * (r.serverCpuSeconds() + r.benchCpuSeconds()) / (2 * r.cpuWallSeconds())));
        }
        md.append("\n| Colibri2 requests by purpose |");
        rounds.forEach(r -> md.append(' ').append(r.label()).append(" |"));
        md.append("\n|---|");
        rounds.forEach(r -> md.append("---:|"));
        md.append('\n');
        for (CallKind k : CallKind.values()) {
            if (rounds.stream().noneMatch(r -> r.requestsByKind().containsKey(k))) {
                continue;
            }
            md.append("| ").append(k.description).append(" |");
            rounds.forEach(r -> md.append(' ').append(r.requestsByKind().getOrDefault(k, 0)).append(" |"));
            md.append('\n');
        }
        md.append("\n| Signalling messages to the clients (whole round) |");
        rounds.forEach(r -> md.append(' ').append(r.label()).append(" |"));
        md.append("\n|---|");
        rounds.forEach(r -> md.append("---:|"));
        md.append('\n');
        rounds.stream().flatMap(r -> r.messagesByType().keySet().stream()).distinct().sorted().forEach(type -> {
            md.append("| `").append(type).append("` |");
            for (FocusRound.Result r : rounds) {
                long[] n = r.messagesByType().get(type);
                md.append(n == null ? " – |" : String.format(Locale.ROOT, " %,d (%.1f MB) |", n[0], n[1] / 1e6));
            }
            md.append('\n');
        });
        md.append("\n| Focus time between bridge requests, until all allocated | ");
        rounds.forEach(r -> md.append(r.label()).append(" |"));
        md.append("\n|---|");
        rounds.forEach(r -> md.append("---:|"));
        md.append('\n');
        double lower = 0;
        for (int i = 0; i < RoundFigures.Window.GAP_CLASSES_MS.length; i++) {
            double upper = RoundFigures.Window.GAP_CLASSES_MS[i];
            md.append("| ").append(Double.isInfinite(upper) ? "≥ " + (long) lower + " ms"
                    : (long) lower + "–" + (long) upper + " ms").append(" |");
            for (FocusRound.Result r : rounds) {
                RoundFigures.Window w = r.allocated();
                md.append(w == null ? " – |" : String.format(Locale.ROOT, " %d gaps, %.2f s |", w.gapCounts()[i],
                        w.gapNanos()[i] / 1e9));
            }
            md.append('\n');
            lower = upper;
        }
        profiles.forEach(p -> md.append('\n').append(p));
        notes.forEach(n -> md.append('\n').append(n).append('\n'));
        return md.toString();
    }

    private static String sec(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
