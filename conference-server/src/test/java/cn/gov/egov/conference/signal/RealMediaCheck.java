package cn.gov.egov.conference.signal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.microsoft.playwright.Page;

import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.platform.security.ServiceTokens;

/**
 * A by-hand end-to-end media check (not a test; CI has no Jitsi Videobridge): room kiosks in headless Chromium
 * (fake camera and microphone) join a conference of a <em>running</em> conference-server through real JVBs, and
 * every second it prints, per kiosk, what its {@code RTCPeerConnection} says: ICE state, the video frames decoded
 * and their size per remote participant, the audio samples received, and the simulcast layers it sends. It exits
 * 0 when every kiosk decoded more and more video frames of every other kiosk, 1 when some pair did not, 2 when the
 * setup failed.
 * <p>
 * What it does: registers the bridges through {@code POST /api/v1/bridges} as a SYSTEM_ADMIN (a service token
 * signed with the service secret): {@code jvb1} for the province 530000 and, in mode {@code two}, {@code jvb2} for
 * Kunming 530100 (in mode {@code one} a registered {@code jvb2} is removed, so every room lands on jvb1); makes one
 * room per participant (530000, then Kunming's counties 530102, 530103, 530111, ...: in mode {@code two} the
 * province room is on jvb1 and the county rooms on jvb2, joined by a relay), a terminal token per room and a
 * conference of these rooms starting within two minutes (inside the join window); opens {@code /room} per room
 * with its token in localStorage and lets the kiosks join by themselves.
 * <p>
 * Run it where the bridges' ICE address and the server are reachable, e.g. inside the test network namespace
 * ({@code /work/netns}), with the conference-server test classpath:
 * <pre>
 * ./mvnw -B -o -q dependency:build-classpath -pl conference-server -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test
 * ip netns exec egovtest java -cp conference-server/target/test-classes:conference-server/target/classes:$(cat /tmp/cp.txt) \
 *     cn.gov.egov.conference.signal.RealMediaCheck --server=http://127.0.0.1:8081 --secret=... \
 *     --jvb1=http://127.0.0.1:18080/ --jvb2=http://127.0.0.1:18081/ --participants=3 --mode=two --seconds=30
 * </pre>
 * Options (all {@code --name=value}): {@code server} (default http://127.0.0.1:8081), {@code secret} (else the
 * environment's PLATFORM_SERVICE_AUTH_SECRET, else {@code service-secret} of {@code --secret-file}, e.g. the
 * launcher's data/secrets.properties), {@code jvb1}, {@code jvb2}, {@code participants} (2), {@code mode}
 * ({@code one} or {@code two}), {@code seconds} of sampling after every kiosk joined (30), {@code stats-every}
 * (seconds between the bridges' /colibri/stats, 5), {@code dump-dir} (where JVB's full /debug state of each
 * conference is written at the end, "."). Chromium is Debian's /usr/bin/chromium (or CHROMIUM_PATH).
 * <p>
 * Failover mode, {@code --kill=jvb2} (with {@code kill-after}, {@code kill-pid-file}, {@code back-within}): once
 * every pair decodes, the bridge's JVM is killed with SIGKILL and the time until every direction decodes again is
 * measured ({@link FailoverCheck}) instead of the {@code seconds} of sampling.
 * <p>
 * A pair passes when the receiver's {@code framesDecoded} of the sender's camera is above zero and grew over the
 * last five seconds. "First frame" is when the 100 ms in-page sampler first saw {@code framesDecoded > 0}, counted
 * from the kiosk's {@code joined} message (and from the later join of the two). The relays' ICE and DTLS state come
 * from JVB's {@code /debug/{conference}} (its {@code /colibri/stats} only counts them).
 */
public final class RealMediaCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> TWO_BRIDGE_REGIONS = List.of("530000", "530102", "530103", "530111",
            "530112", "530113", "530114", "530115");

    /**
     * Runs in every page before its scripts: notes when the kiosk's client is made, joins and sees its first frame
     * of each remote participant (sampled every 100 ms), wraps the WebSocket to count what goes over the bridge
     * channel, and offers {@code __mc.sample()} for the per-second report.
     */
    private static final String PAGE_PROBE = """
            (() => {
              const mc = window.__mc = { created: null, joined: null, firstFrame: {}, firstAudio: {}, ice: [],
                answers: 0, errors: [], bridgeOut: [], bridgeIn: {}, bridgeUrl: null };
              const Orig = window.WebSocket;
              window.WebSocket = class extends Orig {
                constructor(url, protocols) {
                  super(url, protocols);
                  if (String(url).includes('/colibri-ws/')) {
                    mc.bridgeUrl = String(url).replace(/pwd=[^&]*/, 'pwd=...');
                    this.addEventListener('message', (e) => {
                      try { const c = JSON.parse(e.data).colibriClass; mc.bridgeIn[c] = (mc.bridgeIn[c] || 0) + 1; }
                      catch (err) { /* not JSON */ }
                    });
                    this.__bridge = true;
                  }
                }
                send(data) {
                  if (this.__bridge) {
                    try {
                      const m = JSON.parse(data);
                      if (m.colibriClass === 'ReceiverVideoConstraints') mc.bridgeOut.push([Date.now(), data]);
                    } catch (err) { /* not JSON */ }
                  }
                  return super.send(data);
                }
              };
              const hook = () => {
                const c = window.conferenceClient;
                if (!c || c.__mc) return;
                c.__mc = true;
                mc.created = Date.now();
                c.addEventListener('joined', () => { if (!mc.joined) mc.joined = Date.now(); });
                c.addEventListener('ice', (e) => mc.ice.push([Date.now(), e.detail]));
                c.addEventListener('answered', () => { mc.answers += 1; });
                c.addEventListener('failure', (e) => mc.errors.push('failure: ' + String(e.detail)));
                c.addEventListener('error', (e) => mc.errors.push('error: ' + JSON.stringify(e.detail)));
              };
              setInterval(hook, 10);
              // mid -> {owner, source} of the m-lines the bridge sends on, from the offer
              mc.owners = (pc) => {
                const out = {};
                if (!pc || !pc.remoteDescription) return out;
                let mid = null; let sending = false; let msid = null;
                const flush = () => {
                  if (mid !== null && sending && msid) {
                    const [stream, track] = msid.split(' ');
                    out[mid] = { owner: stream.replace(/-v1$/, ''), source: track };
                  }
                };
                for (const line of pc.remoteDescription.sdp.split(/\\r?\\n/)) {
                  if (line.startsWith('m=')) { flush(); mid = null; sending = false; msid = null; }
                  else if (line.startsWith('a=mid:')) mid = line.slice(6);
                  else if (line === 'a=sendonly' || line === 'a=sendrecv') sending = Number(mid) >= 3;
                  else if (line.startsWith('a=msid:')) msid = line.slice(7);
                }
                flush();
                return out;
              };
              mc.stats = async () => {
                const c = window.conferenceClient;
                const pc = c && c.pc;
                if (!pc) return null;
                const owners = mc.owners(pc);
                const report = await pc.getStats();
                const remote = []; const outbound = []; let pair = null;
                report.forEach((s) => {
                  if (s.type === 'inbound-rtp') {
                    const o = owners[s.mid] || {};
                    remote.push({ kind: s.kind, mid: s.mid, ssrc: s.ssrc, owner: o.owner || null, source: o.source || null,
                      framesDecoded: s.framesDecoded, framesReceived: s.framesReceived, keyFramesDecoded: s.keyFramesDecoded,
                      width: s.frameWidth, height: s.frameHeight, fps: s.framesPerSecond,
                      samples: s.totalSamplesReceived, packets: s.packetsReceived, lost: s.packetsLost, bytes: s.bytesReceived,
                      nacks: s.nackCount, plis: s.pliCount });
                  } else if (s.type === 'outbound-rtp') {
                    outbound.push({ kind: s.kind, mid: s.mid, rid: s.rid || null, ssrc: s.ssrc, width: s.frameWidth,
                      height: s.frameHeight, fps: s.framesPerSecond, framesEncoded: s.framesEncoded, packets: s.packetsSent,
                      bytes: s.bytesSent, active: s.active, limit: s.qualityLimitationReason });
                  } else if (s.type === 'transport') {
                    pair = s.selectedCandidatePairId || pair;
                  }
                });
                let selected = null;
                if (pair && report.get(pair)) {
                  const p = report.get(pair);
                  const l = report.get(p.localCandidateId); const r = report.get(p.remoteCandidateId);
                  selected = (l ? l.address + ':' + l.port : '?') + ' -> ' + (r ? r.address + ':' + r.port : '?');
                }
                return { remote, outbound, selected };
              };
              setInterval(async () => {
                try {
                  const s = await mc.stats();
                  if (!s) return;
                  for (const r of s.remote) {
                    if (!r.owner) continue;
                    if (r.kind === 'video' && r.framesDecoded > 0 && !mc.firstFrame[r.owner]) mc.firstFrame[r.owner] = Date.now();
                    if (r.kind === 'audio' && r.samples > 0 && !mc.firstAudio[r.owner]) mc.firstAudio[r.owner] = Date.now();
                  }
                } catch (err) { /* pc closed meanwhile */ }
              }, 100);
              mc.sample = async () => {
                const c = window.conferenceClient;
                const pc = c && c.pc;
                const s = pc ? await mc.stats() : null;
                return JSON.stringify({ pid: c ? c.participantId || null : null, ice: pc ? pc.iceConnectionState : null,
                  conn: pc ? pc.connectionState : null, signaling: pc ? pc.signalingState : null,
                  bridgeState: c && c.bridge && c.bridge.ws ? c.bridge.ws.readyState : null,
                  created: mc.created, joined: mc.joined, firstFrame: mc.firstFrame, firstAudio: mc.firstAudio,
                  ice_changes: mc.ice, answers: mc.answers, errors: mc.errors, bridgeUrl: mc.bridgeUrl,
                  bridgeIn: mc.bridgeIn, constraintsSent: mc.bridgeOut.length,
                  lastConstraints: mc.bridgeOut.length ? mc.bridgeOut[mc.bridgeOut.length - 1][1] : null,
                  stats: s });
              };
            })();
            """;

    private final Map<String, String> options;
    private final URI server;
    private final ServiceTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RealMediaCheck(Map<String, String> options, String secret) {
        this.options = options;
        this.server = URI.create(options.getOrDefault("server", "http://127.0.0.1:8081").replaceAll("/+$", ""));
        this.tokens = new ServiceTokens(secret, Duration.ofMinutes(5), Clock.systemUTC());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("usage: RealMediaCheck [--server=URL] [--secret=S | --secret-file=F] "
                        + "[--jvb1=URL] [--jvb2=URL] [--participants=N] [--mode=one|two] [--seconds=S] "
                        + "[--stats-every=S] [--dump-dir=DIR] [--kill=BRIDGE [--kill-after=S] [--kill-pid-file=F] "
                        + "[--back-within=S]]");
                System.exit(2);
            }
            options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        String secret = options.get("secret");
        if (secret == null) {
            secret = System.getenv("PLATFORM_SERVICE_AUTH_SECRET");
        }
        if (secret == null && options.containsKey("secret-file")) {
            Properties p = new Properties();
            try (var r = Files.newBufferedReader(Path.of(options.get("secret-file")))) {
                p.load(r);
            }
            secret = p.getProperty("service-secret");
        }
        if (secret == null) {
            System.err.println("no service secret: --secret, --secret-file or PLATFORM_SERVICE_AUTH_SECRET");
            System.exit(2);
        }
        int code;
        try {
            code = new RealMediaCheck(options, secret).run();
        } catch (Exception e) {
            e.printStackTrace();
            code = 2;
        }
        System.exit(code);
    }

    record Kiosk(String region, String roomId, String token, Page page) {
    }

    private int run() throws Exception {
        String mode = options.getOrDefault("mode", "one");
        int n = Integer.parseInt(options.getOrDefault("participants", "2"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int statsEvery = Integer.parseInt(options.getOrDefault("stats-every", "5"));
        String jvb1 = options.getOrDefault("jvb1", "http://127.0.0.1:18080/");
        String jvb2 = options.getOrDefault("jvb2", "http://127.0.0.1:18081/");
        if (n < 2 || n > TWO_BRIDGE_REGIONS.size() || !List.of("one", "two").contains(mode)) {
            throw new IllegalArgumentException("participants 2.." + TWO_BRIDGE_REGIONS.size() + ", mode one or two");
        }
        long t0 = System.currentTimeMillis();
        log(t0, "server " + server + ", mode " + mode + ", " + n + " participants");

        // bridges
        bridge("jvb1", jvb1, "530000");
        if (mode.equals("two")) {
            bridge("jvb2", jvb2, "530100");
        } else {
            Reply r = call("DELETE", "/api/v1/bridges/jvb2", null);
            log(t0, "DELETE jvb2 -> " + r.status + " (mode one: every room on jvb1)");
        }
        awaitHealthy(t0, mode.equals("two") ? List.of("jvb1", "jvb2") : List.of("jvb1"));
        Map<String, String> bridgeUrls = new LinkedHashMap<>();
        bridgeUrls.put("jvb1", jvb1);
        if (mode.equals("two")) {
            bridgeUrls.put("jvb2", jvb2);
        }
        bridgeUrls.forEach((id, url) -> log(t0, "stats " + id + " before: " + bridgeStats(url)));

        // rooms, tokens, the conference
        List<String> regions = TWO_BRIDGE_REGIONS.subList(0, n);
        List<String> rooms = new ArrayList<>();
        List<String> roomTokens = new ArrayList<>();
        for (String region : regions) {
            Reply r = call("POST", "/api/v1/rooms", ApiClient.room(region, "媒体测试" + region + "-"
                    + System.nanoTime() % 1_000_000));
            require(r, 201, "room");
            rooms.add(r.json.get("id").asString());
            Reply t = call("POST", "/api/v1/rooms/" + rooms.getLast() + "/terminal-token", null);
            require(t, 201, "terminal token");
            roomTokens.add(t.json.get("token").asString());
        }
        LocalDateTime start = LocalDateTime.now(SHANGHAI).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = ApiClient.conference("媒体测试 " + mode + " " + n, "530000", rooms.getFirst(),
                rooms, start.toString(), start.plusHours(1).toString());
        Reply c = call("POST", "/api/v1/conferences", body);
        require(c, 201, "conference");
        String conferenceId = c.json.get("id").asString();
        log(t0, "conference " + conferenceId + " starts " + start + " (Shanghai); rooms " + regions);

        // kiosks
        List<Kiosk> kiosks = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Page page = Chromium.shared().newPage();
                String region = regions.get(i);
                page.onPageError(e -> System.out.println("  [" + region + "] page error: " + e));
                page.onConsoleMessage(m -> {
                    if (m.type().equals("error") || m.type().equals("warning")) {
                        System.out.println("  [" + region + "] console " + m.type() + ": " + m.text());
                    }
                });
                page.onResponse(r -> {
                    if (r.status() >= 400) {
                        System.out.println("  [" + region + "] HTTP " + r.status() + " " + r.url());
                    }
                });
                page.addInitScript("localStorage.setItem('roomToken', '" + roomTokens.get(i) + "');");
                page.addInitScript(PAGE_PROBE);
                if (options.containsKey("kill")) {
                    page.addInitScript(FailoverCheck.PAGE_PROBE);
                }
                page.navigate(server + "/room", new Page.NavigateOptions().setTimeout(60_000));
                kiosks.add(new Kiosk(region, rooms.get(i), roomTokens.get(i), page));
                log(t0, "kiosk " + region + " opened");
            }
            return options.containsKey("kill")
                    ? new FailoverCheck(this, options, conferenceId).run(t0, kiosks, bridgeUrls)
                    : measure(t0, kiosks, bridgeUrls, seconds, statsEvery);
        } finally {
            for (Kiosk k : kiosks) {
                try {
                    k.page().evaluate("() => window.conferenceClient && window.conferenceClient.leave()");
                } catch (RuntimeException e) {
                    // the page is gone already
                }
                k.page().context().close();
            }
            Reply g = call("GET", "/api/v1/conferences/" + conferenceId, null);
            if (g.status == 200) {
                Reply x = call("POST", "/api/v1/conferences/" + conferenceId + "/cancel", null, g.etag);
                log(t0, "conference cancelled -> " + x.status);
            }
            Thread.sleep(2000);
            bridgeUrls.forEach((id, url) -> log(t0, "stats " + id + " after leaving: " + bridgeStats(url)));
        }
    }

    /** Samples every second until every kiosk joined, then {@code seconds} more; the verdict. */
    private int measure(long t0, List<Kiosk> kiosks, Map<String, String> bridgeUrls, int seconds, int statsEvery)
            throws InterruptedException {
        // per receiving kiosk: sender pid -> framesDecoded per second after all joined
        Map<Integer, Map<String, List<Long>>> frames = new TreeMap<>();
        Map<Integer, Map<String, List<Long>>> samples = new TreeMap<>();
        Map<Integer, Map<String, List<String>>> sizes = new TreeMap<>();
        JsonNode[] last = new JsonNode[kiosks.size()];
        long allJoinedAt = -1;
        long deadline = System.currentTimeMillis() + 180_000; // join window wait
        int tick = 0;
        while (true) {
            long now = System.currentTimeMillis();
            tick++;
            boolean allJoined = true;
            for (int i = 0; i < kiosks.size(); i++) {
                JsonNode s = sample(kiosks.get(i).page());
                last[i] = s;
                if (s == null || s.get("pid").isNull() || s.get("stats").isNull()) {
                    allJoined = false;
                }
            }
            if (allJoined && allJoinedAt < 0) {
                allJoinedAt = now;
                log(t0, "every kiosk has joined and has a peer connection");
            }
            double since = allJoinedAt < 0 ? -1 : (now - allJoinedAt) / 1000.0;
            System.out.printf(Locale.ROOT, "--- t=%.1fs%s%n", (now - t0) / 1000.0,
                    since < 0 ? " (waiting for joins)" : String.format(Locale.ROOT, " (%.0fs after all joined)", since));
            for (int i = 0; i < kiosks.size(); i++) {
                print(kiosks.get(i).region(), last[i]);
                if (allJoinedAt >= 0 && last[i] != null && !last[i].get("stats").isNull()) {
                    for (JsonNode r : last[i].get("stats").get("remote")) {
                        if (r.get("owner").isNull()) {
                            continue;
                        }
                        Map<Integer, Map<String, List<Long>>> into = r.get("kind").asString().equals("video")
                                ? frames : samples;
                        String field = r.get("kind").asString().equals("video") ? "framesDecoded" : "samples";
                        into.computeIfAbsent(i, k -> new TreeMap<>())
                                .computeIfAbsent(r.get("owner").asString() + "/" + r.get("source").asString(),
                                        k -> new ArrayList<>())
                                .add(r.path(field).asLong(0));
                        if (r.get("kind").asString().equals("video")) {
                            sizes.computeIfAbsent(i, k -> new TreeMap<>())
                                    .computeIfAbsent(r.get("owner").asString(), k -> new ArrayList<>())
                                    .add(r.path("width").asString("-") + "x" + r.path("height").asString("-") + " "
                                            + r.path("fps").asString("-") + "fps");
                        }
                    }
                }
            }
            if (tick % statsEvery == 0) {
                bridgeUrls.forEach((id, url) -> System.out.println("  stats " + id + ": " + bridgeStats(url)));
            }
            if (allJoinedAt >= 0 && now - allJoinedAt >= seconds * 1000L) {
                break;
            }
            if (allJoinedAt < 0 && now > deadline) {
                log(t0, "FAIL: not every kiosk joined within 3 minutes");
                return 1;
            }
            Thread.sleep(Math.max(0, 1000 - (System.currentTimeMillis() - now)));
        }
        bridgeUrls.forEach((id, url) -> log(t0, "stats " + id + " at the end: " + bridgeStats(url)));
        bridgeUrls.forEach((id, url) -> log(t0, "debug " + id + ": " + bridgeDebug(url)));
        return verdict(kiosks, last, frames, samples, sizes);
    }

    private int verdict(List<Kiosk> kiosks, JsonNode[] last, Map<Integer, Map<String, List<Long>>> frames,
                        Map<Integer, Map<String, List<Long>>> samples,
                        Map<Integer, Map<String, List<String>>> sizes) {
        System.out.println();
        System.out.println("=== summary");
        Map<String, String> regionOf = new LinkedHashMap<>();
        Map<String, Long> joinedAt = new LinkedHashMap<>();
        for (int i = 0; i < kiosks.size(); i++) {
            String pid = last[i].get("pid").asString();
            regionOf.put(pid, kiosks.get(i).region());
            joinedAt.put(pid, last[i].get("joined").asLong());
            System.out.printf("kiosk %s = %s on %s, ICE %s, connection %s, ICE changes %s, answers %d, "
                            + "ReceiverVideoConstraints sent %d (last %s), bridge messages %s, errors %s%n",
                    kiosks.get(i).region(), pid, bridgeOf(last[i]), last[i].get("ice").asString(),
                    last[i].get("conn").asString(), last[i].get("ice_changes"), last[i].get("answers").asInt(),
                    last[i].get("constraintsSent").asInt(), last[i].get("lastConstraints"),
                    last[i].get("bridgeIn"), last[i].get("errors"));
            StringBuilder layers = new StringBuilder();
            for (JsonNode o : last[i].get("stats").get("outbound")) {
                if (o.get("kind").asString().equals("video") && o.path("mid").asString().equals("1")) {
                    layers.append(String.format(" ssrc %d %sx%s %sfps %d frames%s%s;", o.get("ssrc").asLong(),
                            o.path("width").asString("-"), o.path("height").asString("-"),
                            o.path("fps").asString("-"), o.path("framesEncoded").asLong(0),
                            o.path("active").asBoolean(true) ? "" : " inactive",
                            o.path("limit").asString("none").equals("none") ? "" : " limited by "
                                    + o.path("limit").asString()));
                }
            }
            System.out.println("       camera layers sent at the end:" + layers + " selected pair "
                    + last[i].get("stats").path("selected").asString("?"));
        }
        boolean ok = true;
        for (int i = 0; i < kiosks.size(); i++) {
            String me = last[i].get("pid").asString();
            Map<String, List<Long>> video = frames.getOrDefault(i, Map.of());
            for (String other : regionOf.keySet()) {
                if (other.equals(me)) {
                    continue;
                }
                String key = other + "/" + other + "-v0";
                List<Long> series = video.get(key);
                long firstFrame = last[i].get("firstFrame").path(other).asLong(0);
                long firstAudio = last[i].get("firstAudio").path(other).asLong(0);
                long later = Math.max(joinedAt.get(me), joinedAt.get(other));
                boolean grows = series != null && series.size() >= 6 && series.getLast() > 0
                        && series.getLast() > series.get(series.size() - 6);
                ok &= grows;
                List<Long> audio = samples.getOrDefault(i, Map.of()).get(other + "/" + other + "-a0");
                System.out.printf("%s %s <- %s: framesDecoded %s; first frame %s after own join, %s after the "
                                + "later join of the two; first audio %s after own join; audio samples %s%n",
                        grows ? "OK  " : "FAIL", regionOf.get(me), regionOf.get(other),
                        series == null ? "none" : every5(series),
                        firstFrame == 0 ? "never" : (firstFrame - joinedAt.get(me)) + " ms",
                        firstFrame == 0 ? "-" : (firstFrame - later) + " ms",
                        firstAudio == 0 ? "never" : (firstAudio - joinedAt.get(me)) + " ms",
                        audio == null ? "none" : audio.getFirst() + " -> " + audio.getLast());
                System.out.println("       sizes (second after all joined: size fps): "
                        + changes(sizes.getOrDefault(i, Map.of()).get(other)));
            }
        }
        System.out.println(ok ? "RESULT OK: every participant decodes every other participant's video"
                : "RESULT FAIL: some participant does not decode some other participant's video");
        return ok ? 0 : 1;
    }

    /** Where the received picture size changes: "0s 640x360 20fps, 24s 1280x720 15fps, ...", plus the last. */
    private static String changes(List<String> series) {
        if (series == null || series.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        String size = null;
        for (int i = 0; i < series.size(); i++) {
            String s = series.get(i).substring(0, series.get(i).indexOf(' '));
            if (!s.equals(size)) {
                out.add(i + "s " + series.get(i));
                size = s;
            }
        }
        return String.join(", ", out) + "; last " + series.getLast();
    }

    private static String every5(List<Long> series) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i += 5) {
            out.add(String.valueOf(series.get(i)));
        }
        if ((series.size() - 1) % 5 != 0) {
            out.add(String.valueOf(series.getLast()));
        }
        return String.join(" ", out) + " (every 5 s)";
    }

    static String bridgeOf(JsonNode s) {
        String url = s.path("bridgeUrl").asString("");
        int i = url.indexOf("/colibri-ws/");
        return i < 0 ? "?" : url.substring(i + 12, url.indexOf('/', i + 12));
    }

    static void print(String region, JsonNode s) {
        if (s == null || s.get("stats").isNull()) {
            System.out.println("  [" + region + "] " + (s == null ? "no probe" : "pid " + s.get("pid")
                    + ", no peer connection yet"));
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("  [%s %s@%s] ice=%s conn=%s bc=%s |", region, s.get("pid").asString(), bridgeOf(s),
                s.get("ice").asString(), s.get("conn").asString(), s.get("bridgeState")));
        JsonNode stats = s.get("stats");
        for (JsonNode r : stats.get("remote")) {
            if (r.get("owner").isNull()) {
                continue;
            }
            if (r.get("kind").asString().equals("video")) {
                b.append(String.format(" v<-%s fd=%d %sx%s %sfps;", r.get("owner").asString(),
                        r.path("framesDecoded").asLong(0), r.path("width").asString("-"),
                        r.path("height").asString("-"), r.path("fps").asString("-")));
            } else {
                b.append(String.format(" a<-%s samples=%d;", r.get("owner").asString(), r.path("samples").asLong(0)));
            }
        }
        b.append(" | out:");
        for (JsonNode o : stats.get("outbound")) {
            if (o.get("kind").asString().equals("video")) {
                b.append(String.format(" %s/%d %sx%s fe=%d%s%s;", o.get("rid").isNull() ? "mid" + o.path("mid")
                                .asString() : o.get("rid").asString(), o.get("ssrc").asLong(),
                        o.path("width").asString("-"), o.path("height").asString("-"),
                        o.path("framesEncoded").asLong(0),
                        o.path("active").asBoolean(true) ? "" : " inactive",
                        o.path("limit").asString("none").equals("none") ? "" : " lim=" + o.path("limit").asString()));
            }
        }
        System.out.println(b);
    }

    static JsonNode sample(Page page) {
        try {
            Object s = page.evaluate("() => window.__mc ? window.__mc.sample() : null");
            return s == null ? null : JSON.readTree((String) s);
        } catch (RuntimeException e) {
            System.out.println("  sample failed: " + e.getMessage());
            return null;
        }
    }

    private void bridge(String id, String url, String region) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", id);
        b.put("url", url);
        b.put("regionCode", region);
        b.put("capacity", 500);
        Reply r = call("POST", "/api/v1/bridges", b);
        if (r.status != 201 && r.status != 409) {
            throw new IllegalStateException("POST /api/v1/bridges " + id + " -> " + r.status + " " + r.body);
        }
        System.out.println("bridge " + id + " (" + url + ", region " + region + ") -> " + r.status);
    }

    private void awaitHealthy(long t0, List<String> ids) throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            Reply r = call("GET", "/api/v1/bridges", null);
            require(r, 200, "bridges");
            List<String> healthy = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (JsonNode b : r.json) {
                all.add(b.get("id").asString() + (b.get("healthy").asBoolean() ? " healthy" : " unhealthy"));
                if (b.get("healthy").asBoolean()) {
                    healthy.add(b.get("id").asString());
                }
            }
            if (healthy.containsAll(ids)) {
                log(t0, "bridges: " + all);
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("bridges " + ids + " not healthy in conference-server");
    }

    String bridgeStats(String url) {
        try {
            JsonNode s = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url).resolve("/colibri/stats"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body());
            StringBuilder b = new StringBuilder();
            for (String f : List.of("conferences", "endpoints", "local_endpoints", "octo_endpoints", "relay_id",
                    "total_relays", "relays_ice_failed", "dtls_failed_relays", "endpoints_ice_failed",
                    "total_ice_succeeded", "endpoints_sending_video", "endpoints_sending_audio",
                    "bit_rate_download", "bit_rate_upload", "octo_send_bitrate", "octo_receive_bitrate",
                    "stress_level")) {
                if (s.has(f)) {
                    b.append(f).append('=').append(s.get(f).asString()).append(' ');
                }
            }
            return b.toString().trim();
        } catch (Exception e) {
            return "unavailable: " + e;
        }
    }

    /**
     * The bridge's debug view (JVB's /debug, /debug/{conference}): for every conference its endpoints and the
     * relays with their state, shortened.
     */
    private String bridgeDebug(String url) {
        try {
            JsonNode all = JSON.readTree(get(URI.create(url).resolve("/debug")));
            StringBuilder b = new StringBuilder();
            for (var c : all.path("conferences").properties()) {
                b.append("conference ").append(c.getKey()).append(" endpoints ")
                        .append(c.getValue().path("endpoints").propertyNames()).append(" relays ")
                        .append(c.getValue().path("relays").propertyNames());
                JsonNode full = JSON.readTree(get(URI.create(url).resolve("/debug/" + c.getKey())));
                JsonNode relays = full.path("conferences").path(c.getKey()).path("relays");
                for (var r : relays.properties()) {
                    JsonNode ice = r.getValue().path("ice_transport");
                    JsonNode dtls = r.getValue().path("dtls_transport");
                    b.append("\n      relay ").append(r.getKey()).append(": ICE connected=")
                            .append(ice.path("iceConnected").asString("?")).append(" failed=")
                            .append(ice.path("iceFailed").asString("?")).append(", DTLS ")
                            .append(dtls.path("role").asString("?")).append(" connected=")
                            .append(dtls.path("is_connected").asString("?")).append(", rtt ")
                            .append(r.getValue().path("transceiver").path("endpoint_connection_stats").path("rtt")
                                    .asString("?")).append(" ms");
                }
                Path dump = Path.of(options.getOrDefault("dump-dir", "."), "jvb-debug-" + c.getKey() + ".json");
                Files.writeString(dump, full.toPrettyString());
                b.append("\n      full debug state in ").append(dump.toAbsolutePath());
            }
            return b.toString();
        } catch (Exception e) {
            return "unavailable: " + e;
        }
    }

    String get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    record Reply(int status, JsonNode json, String etag, String body) {
    }

    Reply call(String method, String path, Object body) {
        return call(method, path, body, null);
    }

    private Reply call(String method, String path, Object body, String ifMatch) {
        try {
            String json = body == null ? null : JSON.writeValueAsString(body);
            var request = HttpRequest.newBuilder(URI.create(server + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Service " + tokens.issue("learning-portal",
                            new ServiceTokens.Actor("media-check", "SYSTEM_ADMIN", "530000", "127.0.0.1")))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
            return new Reply(r.statusCode(), parsed, r.headers().firstValue("ETag").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    private static void require(Reply r, int status, String what) {
        if (r.status != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + r.status + " " + r.body);
        }
    }

    static void log(long t0, String line) {
        System.out.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.currentTimeMillis() - t0) / 1000.0, line);
    }
}
