package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Relay;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;

/**
 * The figures of one round, from what the clients noted and what the bridges received (their {@code received()}),
 * all on the benchmark process's {@link System#nanoTime()} clock, relative to the first {@code join} sent.
 */
final class RoundFigures {

    /**
     * One stretch of the round, from the first join sent to a milestone: its wall time, the time bridges spent on
     * this conference's requests within it (the union of the requests' intervals, and their plain sum, which are equal
     * when the focus never has two requests out at once) and how many requests started in it.
     */
    record Window(String name, long wallNanos, long bridgeBusyNanos, long bridgeSumNanos, int requests,
                  int[] gapCounts, long[] gapNanos, long roundTripNanos) {

        /** Upper bounds (ms) of the classes the focus's time between bridge requests is sorted into. */
        static final double[] GAP_CLASSES_MS = {1, 5, 50, Double.POSITIVE_INFINITY};

        /** The focus's share: the wall time not spent waiting for a bridge. */
        double focusShare() {
            return wallNanos <= 0 ? Double.NaN : (wallNanos - bridgeBusyNanos) / (double) wallNanos;
        }

        /**
         * The focus's share against the round trips as the focus measured them (its {@code colibri2.round.trip}
         * timer): what the issue calls "focus time vs bridge round-trips". NaN when not sampled.
         */
        double focusShareByRoundTrips() {
            return wallNanos <= 0 || roundTripNanos < 0 ? Double.NaN
                    : (wallNanos - roundTripNanos) / (double) wallNanos;
        }

        /** The focus's own time per Colibri2 request. */
        double focusMillisPerRequest() {
            return requests == 0 ? Double.NaN : (wallNanos - bridgeBusyNanos) / 1e6 / requests;
        }
    }

    private final List<EmulatedBridge.Call> calls;
    private final List<RoomClient> clients;
    private final long t0;

    /** @param calls this conference's Colibri2 requests on every bridge, by start time */
    RoundFigures(List<EmulatedBridge.Call> calls, List<RoomClient> clients) {
        this.calls = calls;
        this.clients = clients;
        this.t0 = clients.stream().mapToLong(c -> c.joinSentNanos).filter(t -> t != 0).min().orElse(0);
    }

    long t0() {
        return t0;
    }

    /**
     * The window from the first join to {@code end} (absolute nanoTime), or null when the milestone was not reached;
     * the focus's round trips within it from {@code roundTrips} (null: not sampled).
     */
    Window window(String name, long end, RoundTripSampler roundTrips) {
        if (end <= 0) {
            return null;
        }
        long busy = 0;
        long sum = 0;
        int requests = 0;
        long coveredUpTo = t0;
        int[] gapCounts = new int[Window.GAP_CLASSES_MS.length];
        long[] gapNanos = new long[Window.GAP_CLASSES_MS.length];
        for (EmulatedBridge.Call c : calls) { // sorted by start
            long s = Math.max(c.startNanos(), t0);
            long e = Math.min(c.endNanos(), end);
            if (c.startNanos() >= t0 && c.startNanos() < end) {
                requests++;
            }
            if (e <= s) {
                continue;
            }
            sum += e - s;
            if (s > coveredUpTo) {
                gap(s - coveredUpTo, gapCounts, gapNanos);
            }
            long from = Math.max(s, coveredUpTo);
            if (e > from) {
                busy += e - from;
                coveredUpTo = e;
            }
        }
        if (end > coveredUpTo) {
            gap(end - coveredUpTo, gapCounts, gapNanos);
        }
        long trips = roundTrips == null ? -1
                : Math.round((roundTrips.secondsAt(end) - roundTrips.secondsAt(t0)) * 1e9);
        return new Window(name, end - t0, busy, sum, requests, gapCounts, gapNanos, trips);
    }

    /** When the last client had its first offer (every endpoint allocated), or 0 if one never had. */
    long allAllocated() {
        return clients.stream().allMatch(RoomClient::allocated)
                ? clients.stream().mapToLong(c -> c.firstOfferNanos).max().orElse(0) : 0;
    }

    /**
     * When the last endpoint had been given its client's transport and sources on its own bridge (the end of that
     * request), from the bridges' received requests; 0 if one never was.
     */
    long allAnswered() {
        Map<String, Long> first = new HashMap<>();
        for (EmulatedBridge.Call c : calls) {
            if (c.request() == null) {
                continue;
            }
            for (Colibri2Endpoint e : c.request().getEndpoints()) {
                if (!e.getCreate() && e.getTransport() != null && e.getSources() != null) {
                    first.merge(e.getId(), c.endNanos(), Math::min);
                }
            }
        }
        return everyParticipant(first);
    }

    /** Participants whose own bridge has their transport and sources. */
    int answeredCount() {
        Set<String> ids = new HashSet<>();
        for (EmulatedBridge.Call c : calls) {
            if (c.request() != null) {
                c.request().getEndpoints().stream()
                        .filter(e -> !e.getCreate() && e.getTransport() != null && e.getSources() != null)
                        .forEach(e -> ids.add(e.getId()));
            }
        }
        return (int) clients.stream().filter(c -> c.participantId != null && ids.contains(c.participantId)).count();
    }

    /**
     * When every bridge of the conference had been told, over a relay, the sources of every participant on another
     * bridge (so media could flow everywhere); 0 if some pair never was.
     */
    long allSourcesRelayed(Map<String, String> bridgeOfParticipant) {
        Set<String> bridges = new HashSet<>(bridgeOfParticipant.values());
        Map<String, Long> lastPerParticipant = new HashMap<>();
        Map<String, Set<String>> told = new HashMap<>(); // participant -> bridges told its sources
        for (EmulatedBridge.Call c : calls) {
            ConferenceModifyIQ iq = c.request();
            if (iq == null) {
                continue;
            }
            for (Colibri2Relay r : iq.getRelays()) {
                if (r.getEndpoints() == null) {
                    continue;
                }
                for (Colibri2Endpoint e : r.getEndpoints().getEndpoints()) {
                    if (e.getSources() != null && !e.getExpire()
                            && told.computeIfAbsent(e.getId(), k -> new HashSet<>()).add(c.bridgeId())) {
                        lastPerParticipant.merge(e.getId(), c.endNanos(), Math::max);
                    }
                }
            }
        }
        for (Map.Entry<String, String> p : bridgeOfParticipant.entrySet()) {
            Set<String> expected = new HashSet<>(bridges);
            expected.remove(p.getValue());
            if (!told.getOrDefault(p.getKey(), Set.of()).containsAll(expected)) {
                return 0;
            }
            if (expected.isEmpty()) {
                lastPerParticipant.putIfAbsent(p.getKey(), t0);
            }
        }
        return lastPerParticipant.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Which bridge allocated each participant's endpoint (the last allocation, should one have moved). */
    Map<String, String> placements() {
        Map<String, String> out = new HashMap<>();
        for (EmulatedBridge.Call c : calls) {
            if (c.kind() == CallKind.ENDPOINT_CREATE) {
                c.request().getEndpoints().forEach(e -> out.put(e.getId(), c.bridgeId()));
            }
        }
        return out;
    }

    /** The end of the last Colibri2 request of the conference, or of the last offer a client received. */
    long lastActivity() {
        long lastCall = calls.stream().mapToLong(EmulatedBridge.Call::endNanos).max().orElse(0);
        long lastOffer = clients.stream().mapToLong(c -> c.lastOfferNanos).max().orElse(0);
        return Math.max(lastCall, lastOffer);
    }

    Map<CallKind, Integer> requestsByKind(long end) {
        Map<CallKind, Integer> out = new EnumMap<>(CallKind.class);
        for (EmulatedBridge.Call c : calls) {
            if (c.startNanos() >= t0 && c.startNanos() < end) {
                out.merge(c.kind(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Bridge time per request within the window: p50 and max in ms. */
    double[] requestMillis(long end) {
        List<Long> nanos = new ArrayList<>();
        for (EmulatedBridge.Call c : calls) {
            if (c.startNanos() >= t0 && c.startNanos() < end) {
                nanos.add(c.nanos());
            }
        }
        if (nanos.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        nanos.sort(null);
        return new double[] {nanos.get(nanos.size() / 2) / 1e6, nanos.getLast() / 1e6};
    }

    /** Sorts one stretch of focus time (no bridge busy with this conference) into its class. */
    private static void gap(long nanos, int[] counts, long[] sums) {
        int i = 0;
        while (nanos / 1e6 >= Window.GAP_CLASSES_MS[i]) {
            i++;
        }
        counts[i]++;
        sums[i] += nanos;
    }

    private long everyParticipant(Map<String, Long> times) {
        long max = 0;
        for (RoomClient c : clients) {
            Long t = c.participantId == null ? null : times.get(c.participantId);
            if (t == null) {
                return 0;
            }
            max = Math.max(max, t);
        }
        return max;
    }
}
