package cn.gov.egov.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.gov.egov.region.RegionTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One measured round: a conference of the given rooms starting in five minutes (inside the join window), one
 * {@link RoomClient} per room connected beforehand, all joins sent at once, then waiting until every client is
 * allocated, every endpoint has its client's answer on its bridge, every bridge knows every remote participant's
 * sources, and nothing moves any more. Afterwards the conference is cancelled and the focus ends it on the bridges.
 */
final class FocusRound {

    /** What a round measured. Windows are null when their milestone was not reached. */
    record Result(String label, Duration latency, int rooms, RelayShape relays, RoundFigures.Window allocated,
                  RoundFigures.Window answered, RoundFigures.Window relayed, RoundFigures.Window settled,
                  int allocatedClients, int answeredClients, Map<CallKind, Integer> requestsByKind,
                  double[] requestMillis, long offers, long megabytesToClients,
                  Map<String, long[]> messagesByType, double serverCpuSeconds, double benchCpuSeconds,
                  double cpuWallSeconds, List<String> failures, boolean timedOut) {
    }

    /** Called when the joins go out and when the round has settled (to start and stop a profiler). */
    interface Hooks {
        void started() throws Exception;

        void settled() throws Exception;
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration QUIET = Duration.ofMillis(1500);

    private final ApiClient api;
    private final JsonMapper mapper;
    private final BridgeFarm farm;
    private final RegionTree tree;
    private final Map<UUID, String> tokens;
    private final URI base;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final long serverPid;

    FocusRound(ApiClient api, JsonMapper mapper, BridgeFarm farm, RegionTree tree, Map<UUID, String> tokens,
               URI base, long serverPid, PrintStream out) {
        this.serverPid = serverPid;
        this.api = api;
        this.mapper = mapper;
        this.farm = farm;
        this.tree = tree;
        this.tokens = tokens;
        this.base = base;
        this.out = out;
    }

    Result run(String label, List<RoomDirectory.Room> rooms, Duration latency, boolean compactAnswers,
               Duration timeout, Hooks hooks) throws Exception {
        farm.setLatency(latency);
        farm.clearCalls();
        JsonNode conference = schedule(label, rooms);
        UUID conferenceId = UUID.fromString(conference.get("id").asString());
        List<RoomClient> clients = new ArrayList<>();
        for (int i = 0; i < rooms.size(); i++) {
            clients.add(new RoomClient(rooms.get(i), tokens.get(rooms.get(i).id()), conferenceId,
                    10_000_000L + 1_000L * i, compactAnswers));
        }
        CompletableFuture.allOf(clients.stream().map(c -> c.connect(http, base)).toArray(CompletableFuture[]::new))
                .get(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        out.printf("  %s: %d clients connected; sending %d joins%n", label, clients.size(), clients.size());
        hooks.started();
        RoundTripSampler roundTrips = new RoundTripSampler(http, base);
        Thread.sleep(300); // a first sample before the joins
        long cpuWall = System.nanoTime();
        long serverCpu = serverCpuNanos();
        long benchCpu = benchCpuNanos();
        for (RoomClient c : clients) {
            c.join();
        }
        boolean timedOut = !await(clients, timeout);
        serverCpu = serverCpuNanos() - serverCpu;
        benchCpu = benchCpuNanos() - benchCpu;
        cpuWall = System.nanoTime() - cpuWall;
        roundTrips.close();
        hooks.settled();

        String meeting = clients.stream().map(c -> c.occurrenceId).filter(o -> o != null).findFirst().orElse("-");
        RoundFigures f = new RoundFigures(farm.calls(meeting), clients);
        RelayShape shape = RelayShape.of(farm, tree, meeting);
        long settledAt = timedOut ? 0 : f.lastActivity();
        List<String> failures = new ArrayList<>();
        clients.stream().filter(RoomClient::failed).limit(10).forEach(c -> failures.add(c.room.region().code()
                + ": " + (c.error != null ? c.error : "bye " + c.bye)));
        long failed = clients.stream().filter(RoomClient::failed).count();
        if (failed > failures.size()) {
            failures.add("… " + failed + " clients failed in all");
        }
        List<RoomClient> noAnswer = clients.stream().filter(c -> "no-answer".equals(c.bye)).toList();
        if (!noAnswer.isEmpty()) {
            long answered = noAnswer.stream().filter(c -> c.firstAnswerSentNanos != 0).count();
            double slowest = noAnswer.stream().filter(c -> c.firstAnswerSentNanos != 0)
                    .mapToLong(c -> c.firstAnswerSentNanos - c.firstOfferNanos).max().orElse(0) / 1e6;
            failures.add(String.format(Locale.ROOT, "%d sent away with `no-answer`, %d of them had sent "
                    + "their answer within %.0f ms of their offer", noAnswer.size(), answered, slowest));
        }
        Result result = new Result(label, latency, rooms.size(), shape,
                f.window("all allocated", f.allAllocated(), roundTrips),
                f.window("all answers on their bridges", f.allAnswered(), roundTrips),
                f.window("all sources on all bridges", f.allSourcesRelayed(f.placements()), roundTrips),
                f.window("settled", settledAt, roundTrips),
                (int) clients.stream().filter(RoomClient::allocated).count(), f.answeredCount(),
                f.requestsByKind(Long.MAX_VALUE), f.requestMillis(Long.MAX_VALUE),
                clients.stream().mapToLong(c -> c.offers).sum(),
                clients.stream().mapToLong(c -> c.bytesReceived).sum() / 1_000_000, messagesByType(clients),
                serverCpu / 1e9, benchCpu / 1e9, cpuWall / 1e9, failures, timedOut);
        end(conferenceId, conference.get("version").asLong(), clients);
        return result;
    }

    private long serverCpuNanos() {
        return ProcessHandle.of(serverPid).flatMap(h -> h.info().totalCpuDuration()).map(Duration::toNanos)
                .orElse(0L);
    }

    private static long benchCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Messages and characters the clients received, by type, over the whole round. */
    private static Map<String, long[]> messagesByType(List<RoomClient> clients) {
        Map<String, long[]> out = new TreeMap<>();
        for (RoomClient c : clients) {
            c.received.forEach((type, n) -> {
                long[] sum = out.computeIfAbsent(type, k -> new long[2]);
                sum[0] += n[0];
                sum[1] += n[1];
            });
        }
        return out;
    }

    private JsonNode schedule(String label, List<RoomDirectory.Room> rooms) {
        LocalDateTime start = LocalDateTime.now(SHANGHAI).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "全省视频会议（focus bench " + label + "）");
        body.put("kind", "MEETING");
        body.put("organiserRegion", rooms.getFirst().region().code());
        body.put("mainRoomId", rooms.getFirst().id().toString());
        body.put("roomIds", rooms.stream().map(r -> r.id().toString()).toList());
        body.put("invitees", List.of());
        body.put("start", start.toString());
        body.put("end", start.plusHours(1).toString());
        ApiClient.Response r = api.postJson("/api/v1/conferences", mapper.writeValueAsString(body));
        if (r.status() != 201) {
            throw new IllegalStateException("scheduling the conference answered " + r.status() + ": " + r.body());
        }
        return mapper.readTree(r.body());
    }

    /** Waits until the round has settled; false on timeout. Prints progress every five seconds. */
    private boolean await(List<RoomClient> clients, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + 5_000_000_000L;
        long lastChange = start;
        long lastSignature = -1;
        while (System.nanoTime() < deadline) {
            Thread.sleep(20);
            long now = System.nanoTime();
            long allocated = clients.stream().filter(RoomClient::allocated).count();
            long offers = clients.stream().mapToLong(c -> c.offers).sum();
            int onBridges = farm.answeredEndpoints();
            long failed = clients.stream().filter(RoomClient::failed).count();
            long signature = offers * 1_000_003L + onBridges * 7919L + failed + farm.callCount() * 31L;
            if (signature != lastSignature) {
                lastSignature = signature;
                lastChange = now;
            }
            boolean settled = clients.stream().allMatch(c -> c.failed() || c.settled());
            if (settled && now - lastChange > QUIET.toNanos()) {
                return true;
            }
            if (now >= nextReport) {
                nextReport += 5_000_000_000L;
                out.printf("    %5.1f s: %d/%d allocated, %d answers on their bridges, %d offers, %d Colibri2 "
                                + "requests, %d failed%n", (now - start) / 1e9, allocated, clients.size(), onBridges,
                        offers, farm.callCount(), failed);
            }
        }
        return false;
    }

    /** Cancels the conference; the focus then ends it on every bridge and says goodbye to the clients. */
    private void end(UUID conferenceId, long version, List<RoomClient> clients) throws InterruptedException {
        ApiClient.Response r = api.postJson("/api/v1/conferences/" + conferenceId + "/cancel", "", version);
        if (r.status() != 200) {
            out.println("  cancelling the conference answered " + r.status() + ": " + r.body());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (farm.bridgesWithConferences() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        if (farm.bridgesWithConferences() > 0) {
            out.println("  " + farm.bridgesWithConferences() + " bridges still hold the conference 90 s after it "
                    + "was cancelled");
        }
        clients.forEach(RoomClient::close);
    }
}
