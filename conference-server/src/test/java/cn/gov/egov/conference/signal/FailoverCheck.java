package cn.gov.egov.conference.signal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.microsoft.playwright.Page;

/**
 * The failover mode of {@link RealMediaCheck} ({@code --kill=jvb2}): once every kiosk decodes every other kiosk's
 * video, waits {@code --kill-after} seconds (15), kills the bridge's JVM with SIGKILL (its pid from
 * {@code --kill-pid-file}, as {@code /work/netns/jvb.sh} writes it) and keeps sampling. It reports, per receiving
 * kiosk and remote participant, the time from the kill until {@code framesDecoded} (and audio
 * {@code packetsReceived}) grows again, per kiosk what happened after the kill (bridge channel closed, {@code
 * bridge-lost} sent, restart offer, new peer connection, its ICE states), and which bridge every kiosk is on
 * afterwards. Exit 0 when every direction came back within {@code --back-within} seconds (30), else 1; the 5 s goal
 * of the failover design is printed per direction.
 * <p>
 * "Back" is measured in the page every 100 ms: the first growth of the sender's {@code framesDecoded} on an
 * inbound stream that did not exist at the kill (a new peer connection, or new SSRCs of the sender's new session),
 * or, on a stream that existed, the first growth after a stall of at least a second (frames still in the jitter
 * buffer at the kill do not count).
 */
final class FailoverCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long GOAL_MS = 5_000;

    /** Runs after RealMediaCheck's probe: peer connections, bridge channels and signalling, with times. */
    static final String PAGE_PROBE = """
            (() => {
              const fo = window.__fo = { killAt: null, keysAtKill: null, pcs: [], ws: [], signal: [], seen: {},
                lastGrow: {}, back: {}, packets: {}, lastPacket: {}, firstPacket: {}, forwarded: [] };
              const OrigPc = window.RTCPeerConnection;
              let pcs = 0;
              window.RTCPeerConnection = class extends OrigPc {
                constructor(...args) {
                  super(...args);
                  const rec = { id: ++pcs, created: Date.now(), closed: null, ice: [], conn: [] };
                  this.__fo = rec;
                  fo.pcs.push(rec);
                  this.addEventListener('iceconnectionstatechange', () => rec.ice.push([Date.now(), this.iceConnectionState]));
                  this.addEventListener('connectionstatechange', () => rec.conn.push([Date.now(), this.connectionState]));
                }
                close() { if (!this.__fo.closed) this.__fo.closed = Date.now(); return super.close(); }
              };
              const OrigWs = window.WebSocket;
              window.WebSocket = class extends OrigWs {
                constructor(url, protocols) {
                  super(url, protocols);
                  const u = String(url);
                  if (u.includes('/colibri-ws/')) {
                    const rec = { bridge: u.split('/colibri-ws/')[1].split('/')[0], created: Date.now(), open: null,
                      closed: null, code: null };
                    fo.ws.push(rec);
                    this.addEventListener('open', () => { rec.open = Date.now(); });
                    this.addEventListener('close', (e) => { rec.closed = Date.now(); rec.code = e.code; });
                    this.addEventListener('message', (e) => {
                      try {
                        const m = JSON.parse(e.data);
                        const list = JSON.stringify(m.forwardedSources || []);
                        const last = fo.forwarded.length ? fo.forwarded[fo.forwarded.length - 1][2] : null;
                        if (m.colibriClass === 'ForwardedSources' && list !== last) fo.forwarded.push([Date.now(), rec.bridge, list]);
                      } catch (err) { /* not JSON */ }
                    });
                  } else if (u.includes('/ws/signal')) {
                    this.__foSignal = true;
                    this.addEventListener('message', (e) => {
                      try {
                        const m = JSON.parse(e.data);
                        if (m.type === 'offer') fo.signal.push([Date.now(), m.restart ? 'restart offer' : 'offer', m.version]);
                        else if (['joined', 'error', 'bye'].includes(m.type)) fo.signal.push([Date.now(), m.type, m.code || m.reason || null]);
                      } catch (err) { /* not JSON */ }
                    });
                    this.addEventListener('close', () => fo.signal.push([Date.now(), 'signal socket closed', null]));
                  }
                }
                send(data) {
                  if (this.__foSignal) {
                    try {
                      const m = JSON.parse(data);
                      if (m.type === 'bridge-lost' || m.type === 'answer' || m.type === 'join') fo.signal.push([Date.now(), m.type, m.version || null]);
                    } catch (err) { /* not JSON */ }
                  }
                  return super.send(data);
                }
              };
              fo.markKill = (at) => { fo.killAt = at; fo.keysAtKill = Object.assign({}, fo.seen); };
              let busy = false;
              setInterval(async () => {
                const c = window.conferenceClient;
                const pc = c && c.pc;
                if (busy || !pc || !pc.__fo || !window.__mc) return;
                busy = true;
                try {
                  const owners = window.__mc.owners(pc);
                  const report = await pc.getStats();
                  const now = Date.now();
                  report.forEach((s) => {
                    if (s.type !== 'inbound-rtp' || !owners[s.mid]) return;
                    const what = s.kind === 'video' ? 'video' : 'audio';
                    const value = what === 'video' ? s.framesDecoded : s.packetsReceived;
                    const owner = owners[s.mid].owner + '/' + what;
                    const key = pc.__fo.id + ':' + s.ssrc;
                    if (what === 'video') { // the first packet after the kill, decoded or not
                      const had = fo.packets[key] || 0;
                      fo.packets[key] = s.packetsReceived;
                      if (s.packetsReceived > had) {
                        if (fo.killAt && now > fo.killAt && !fo.firstPacket[owner] && (!(key in fo.keysAtKill)
                            || now - (fo.lastPacket[owner] || 0) >= 1000)) {
                          fo.firstPacket[owner] = { at: now, keyFramesDecoded: s.keyFramesDecoded, plis: s.pliCount,
                            firs: s.firCount };
                        }
                        fo.lastPacket[owner] = now;
                      }
                    }
                    const before = fo.seen[key] || 0;
                    fo.seen[key] = value;
                    if (!(value > before)) return;
                    if (fo.killAt && now > fo.killAt && !fo.back[owner]) {
                      const fresh = !(key in fo.keysAtKill);
                      const stalled = now - (fo.lastGrow[owner] || 0) >= 1000;
                      if (fresh || stalled) {
                        fo.back[owner] = { at: now, how: fresh ? 'new stream' : 'same stream after a stall',
                          pc: pc.__fo.id, ssrc: s.ssrc, value };
                      }
                    }
                    fo.lastGrow[owner] = now;
                  });
                } catch (err) { /* pc closed meanwhile */ }
                busy = false;
              }, 100);
              fo.snapshot = async () => { // what the page's peer connection has, for a direction that stays missing
                const pc = window.conferenceClient && window.conferenceClient.pc;
                if (!pc) return JSON.stringify({ pc: null });
                const inbound = []; const transports = [];
                (await pc.getStats()).forEach((s) => {
                  if (s.type === 'inbound-rtp') inbound.push({ mid: s.mid, kind: s.kind, ssrc: s.ssrc,
                    packetsReceived: s.packetsReceived, framesDecoded: s.framesDecoded, bytesReceived: s.bytesReceived });
                  if (s.type === 'transport') transports.push({ packetsReceived: s.packetsReceived,
                    bytesReceived: s.bytesReceived, dtlsState: s.dtlsState });
                });
                return JSON.stringify({ pc: pc.__fo.id, signaling: pc.signalingState,
                  transceivers: pc.getTransceivers().map((t) => ({ mid: t.mid, direction: t.direction,
                    current: t.currentDirection, stopped: t.stopped })),
                  inbound, transports, errors: window.__mc ? window.__mc.errors : [],
                  remote: pc.remoteDescription && pc.remoteDescription.sdp, local: pc.localDescription && pc.localDescription.sdp });
              };
              fo.report = () => JSON.stringify({ killAt: fo.killAt, pcs: fo.pcs, ws: fo.ws, signal: fo.signal,
                back: fo.back, lastGrow: fo.lastGrow, firstPacket: fo.firstPacket, forwarded: fo.forwarded,
                constraints: window.__mc ? window.__mc.bridgeOut : [], pc: window.conferenceClient && window.conferenceClient.pc
                  ? window.conferenceClient.pc.__fo.id : null });
            })();
            """;

    private final RealMediaCheck check;
    private final String conferenceId;
    private final String victim;
    private final Path pidFile;
    private final int killAfter;
    private final int backWithin;
    private final Path dumpDir;

    FailoverCheck(RealMediaCheck check, Map<String, String> options, String conferenceId) {
        this.check = check;
        this.conferenceId = conferenceId;
        this.victim = options.get("kill");
        this.pidFile = Path.of(options.getOrDefault("kill-pid-file", "/work/netns/run/" + victim + ".pid"));
        this.killAfter = Integer.parseInt(options.getOrDefault("kill-after", "15"));
        this.backWithin = Integer.parseInt(options.getOrDefault("back-within", "30"));
        this.dumpDir = Path.of(options.getOrDefault("dump-dir", "."));
    }

    int run(long t0, List<RealMediaCheck.Kiosk> kiosks, Map<String, String> bridgeUrls) throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle jvb = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException(victim + ": no live process " + pid + " (" + pidFile + ")"));
        String command = jvb.info().commandLine().orElse("");
        if (!command.contains("videobridge")) {
            throw new IllegalStateException("pid " + pid + " is not a videobridge: " + command);
        }

        // every pair decodes, then kill-after seconds more
        JsonNode[] last = new JsonNode[kiosks.size()];
        long deadline = System.currentTimeMillis() + 180_000;
        long decodingAt = -1;
        while (true) {
            long now = System.currentTimeMillis();
            sampleAll(t0, kiosks, last, decodingAt < 0 ? "(waiting until every pair decodes)"
                    : String.format(Locale.ROOT, "(%.0fs after every pair decodes)", (now - decodingAt) / 1000.0));
            if (decodingAt < 0 && everyPairDecodes(last)) {
                decodingAt = now;
                RealMediaCheck.log(t0, "every kiosk decodes every other kiosk's video; killing " + victim
                        + " (pid " + pid + ") in " + killAfter + " s");
            }
            if (decodingAt >= 0 && now - decodingAt >= killAfter * 1000L) {
                break;
            }
            if (decodingAt < 0 && now > deadline) {
                RealMediaCheck.log(t0, "FAIL: not every pair decoded within 3 minutes; nothing killed");
                return 1;
            }
            pause(now);
        }
        String[] pidBefore = new String[kiosks.size()]; // a kiosk that has to join again comes back with a new one
        for (int i = 0; i < kiosks.size(); i++) {
            pidBefore[i] = last[i].get("pid").asString();
        }
        for (int i = 0; i < kiosks.size(); i++) {
            System.out.println("  kiosk " + kiosks.get(i).region() + " = " + last[i].get("pid").asString() + " on "
                    + RealMediaCheck.bridgeOf(last[i]) + " before the kill");
        }
        bridgeUrls.forEach((id, url) -> System.out.println("  endpoints on " + id + " before the kill: "
                + endpointsOn(url)));
        if (java.util.Arrays.stream(last).noneMatch(s -> victim.equals(RealMediaCheck.bridgeOf(s)))) {
            RealMediaCheck.log(t0, "SETUP FAILED: no kiosk is on " + victim + " (it was out of selection when they "
                    + "joined?), so killing it tests nothing; not killed");
            return 2;
        }

        // the kill
        long killAt = System.currentTimeMillis();
        jvb.destroyForcibly(); // SIGKILL
        for (RealMediaCheck.Kiosk k : kiosks) {
            k.page().evaluate("(at) => window.__fo.markKill(at)", (double) killAt); // Playwright passes no long
        }
        while (jvb.isAlive() && System.currentTimeMillis() - killAt < 10_000) {
            Thread.sleep(10); // onExit() of a process that is not our child polls with long pauses
        }
        boolean gone = !jvb.isAlive();
        RealMediaCheck.log(t0, "KILL -9 " + victim + " (pid " + pid + ")" + (gone ? ", gone after "
                + (System.currentTimeMillis() - killAt) + " ms" : ", STILL ALIVE after 10 s"));

        // until every direction is back and has flowed 5 s more, at most backWithin seconds
        int pairs = kiosks.size() * (kiosks.size() - 1);
        JsonNode[] fo = new JsonNode[kiosks.size()];
        boolean dumped = false;
        while (true) {
            long now = System.currentTimeMillis();
            sampleAll(t0, kiosks, last, String.format(Locale.ROOT, "(%.1fs after the kill)", (now - killAt) / 1000.0));
            long lastBack = 0;
            int back = 0;
            for (int i = 0; i < kiosks.size(); i++) {
                fo[i] = report(kiosks.get(i).page());
                if (fo[i] == null) {
                    continue;
                }
                for (var e : fo[i].path("back").properties()) {
                    if (e.getKey().endsWith("/video")) {
                        back++;
                        lastBack = Math.max(lastBack, e.getValue().get("at").asLong());
                    }
                }
            }
            if (back >= pairs && now - lastBack >= 5_000 || now - killAt >= backWithin * 1000L) {
                break;
            }
            if (back < pairs && !dumped && now - killAt >= 3_000) {
                dumped = true; // what the surviving bridges think while some direction is still missing
                bridgeUrls.forEach((id, url) -> {
                    if (!id.equals(victim)) {
                        RealMediaCheck.log(t0, "not every direction back after 3 s; " + id + " state: "
                                + dumpDebug(id, url));
                    }
                });
            }
            pause(now);
        }
        for (int i = 0; i < kiosks.size(); i++) {
            fo[i] = report(kiosks.get(i).page());
        }
        bridgeUrls.forEach((id, url) -> RealMediaCheck.log(t0, "stats " + id + " after the kill: "
                + check.bridgeStats(url)));
        return verdict(t0, kiosks, last, fo, pidBefore, killAt, bridgeUrls);
    }

    private int verdict(long t0, List<RealMediaCheck.Kiosk> kiosks, JsonNode[] last, JsonNode[] fo,
                        String[] pidBefore, long killAt, Map<String, String> bridgeUrls) {
        System.out.println();
        System.out.println("=== failover summary (times from the kill of " + victim + ")");
        for (int i = 0; i < kiosks.size(); i++) {
            String region = kiosks.get(i).region();
            JsonNode f = fo[i];
            if (f == null) {
                System.out.println("kiosk " + region + ": no failover probe");
                continue;
            }
            List<String> events = new ArrayList<>();
            for (JsonNode w : f.get("ws")) {
                if (!w.path("closed").isNull() && w.get("closed").asLong() >= killAt) {
                    events.add("bridge channel to " + w.get("bridge").asString() + " closed " + rel(w, "closed", killAt)
                            + " (code " + w.path("code").asString() + ")");
                }
                if (w.get("created").asLong() >= killAt) {
                    events.add("bridge channel to " + w.get("bridge").asString() + " opened " + (w.path("open")
                            .isNull() ? "never" : rel(w, "open", killAt)));
                }
            }
            for (JsonNode s : f.get("signal")) {
                if (s.get(0).asLong() >= killAt) {
                    events.add(s.get(1).asString() + (s.get(2).isNull() ? "" : " " + s.get(2).asString()) + " "
                            + plus(s.get(0).asLong() - killAt));
                }
            }
            String pid = last[i].path("pid").asString();
            System.out.println("kiosk " + region + " (" + pid + (pid.equals(pidBefore[i]) ? "" : ", before the kill "
                    + pidBefore[i]) + "): " + (events.isEmpty()
                    ? "nothing happened" : String.join(", ", events)));
            List<String> told = new ArrayList<>();
            for (JsonNode c : f.get("constraints")) {
                if (c.get(0).asLong() >= killAt) {
                    told.add(plus(c.get(0).asLong() - killAt) + " onStage " + JSON.readTree(c.get(1).asString())
                            .path("onStageSources"));
                }
            }
            List<String> forwarded = new ArrayList<>();
            for (JsonNode c : f.get("forwarded")) {
                if (c.get(0).asLong() >= killAt) {
                    forwarded.add(plus(c.get(0).asLong() - killAt) + " " + c.get(1).asString() + " "
                            + c.get(2).asString());
                }
            }
            System.out.println("       ReceiverVideoConstraints sent: " + (told.isEmpty() ? "none" : told)
                    + "; ForwardedSources: " + (forwarded.isEmpty() ? "no change" : forwarded));
            for (JsonNode pc : f.get("pcs")) {
                boolean old = pc.get("created").asLong() < killAt;
                List<String> states = new ArrayList<>();
                for (JsonNode s : pc.get("ice")) {
                    if (!old || s.get(0).asLong() >= killAt) {
                        states.add(s.get(1).asString() + " " + plus(s.get(0).asLong() - killAt));
                    }
                }
                if (old && states.isEmpty() && (pc.path("closed").isNull() || pc.get("closed").asLong() < killAt)) {
                    continue; // an earlier session, untouched by the kill
                }
                System.out.println("       peer connection " + pc.get("id").asInt() + (old ? " (from before)"
                        : " created " + plus(pc.get("created").asLong() - killAt)) + ": ICE "
                        + (states.isEmpty() ? "no change" : String.join(", ", states))
                        + (pc.path("closed").isNull() ? "" : ", closed " + rel(pc, "closed", killAt)));
            }
        }
        boolean ok = true;
        boolean goal = true;
        for (int i = 0; i < kiosks.size(); i++) {
            String me = kiosks.get(i).region();
            if (last[i].path("errors").size() > 0) {
                System.out.println("kiosk " + me + " client errors: " + last[i].get("errors"));
            }
            for (int j = 0; j < kiosks.size(); j++) {
                if (j == i) {
                    continue;
                }
                String them = kiosks.get(j).region();
                List<String> pids = List.of(pidBefore[j], last[j].path("pid").asString(pidBefore[j]));
                JsonNode v = first(fo[i], "back", pids, "/video");
                JsonNode a = first(fo[i], "back", pids, "/audio");
                JsonNode p = first(fo[i], "firstPacket", pids, "/video");
                long video = v == null ? -1 : v.get("at").asLong() - killAt;
                long audio = a == null ? -1 : a.get("at").asLong() - killAt;
                // never stalled a second: every growth after the kill came within a second of the one before
                boolean uninterrupted = v == null && fo[i] != null
                        && fo[i].path("lastGrow").path(pidBefore[j] + "/video").asLong(0) > killAt + 1_000;
                if (uninterrupted) {
                    System.out.printf("OK   %s <- %s: video never interrupted%n", me, them);
                    continue;
                }
                boolean back = video >= 0 && video <= backWithin * 1000L;
                if (!back) {
                    System.out.println("       " + me + "'s peer connection: "
                            + snapshot(kiosks.get(i), last[i].path("pid").asString()));
                }
                ok &= back;
                goal &= back && video <= GOAL_MS;
                System.out.printf("%s %s <- %s: video back %s%s, first video packet %s, audio back %s; %s%n",
                        back ? "OK  " : "FAIL", me, them,
                        video < 0 ? "never" : video + " ms",
                        v == null ? "" : " (" + v.get("how").asString() + ", pc " + v.get("pc").asInt() + ")",
                        p == null ? "never" : (p.get("at").asLong() - killAt) + " ms",
                        audio < 0 ? "never" : audio + " ms",
                        video >= 0 && video <= GOAL_MS ? "within the 5 s goal" : "MISSES the 5 s goal");
            }
        }
        for (int i = 0; i < kiosks.size(); i++) {
            System.out.println("kiosk " + kiosks.get(i).region() + " is on " + RealMediaCheck.bridgeOf(last[i])
                    + " afterwards, ICE " + last[i].path("ice").asString() + ", connection "
                    + last[i].path("conn").asString());
        }
        bridgeUrls.forEach((id, url) -> {
            if (!id.equals(victim)) {
                System.out.println("endpoints on " + id + " afterwards: " + endpointsOn(url));
            }
        });
        RealMediaCheck.Reply live = check.call("GET", "/api/v1/conferences/" + conferenceId + "/live", null);
        System.out.println("live view: " + live.status() + (live.json() == null ? "" : " participants "
                + live.json().path("participants").size() + ", connected " + live.json().path("connected")));
        System.out.println(!ok ? "RESULT FAIL: some direction did not come back within " + backWithin + " s"
                : goal ? "RESULT OK: every direction came back within the 5 s goal"
                : "RESULT OK (came back within " + backWithin + " s), but the 5 s goal is MISSED");
        return ok ? 0 : 1;
    }

    /** Of {@code field}'s entries for any of the participant ids (+ suffix), the earliest. */
    private static JsonNode first(JsonNode report, String field, List<String> pids, String suffix) {
        JsonNode best = null;
        for (String pid : pids) {
            JsonNode n = report == null ? null : report.path(field).get(pid + suffix);
            if (n != null && (best == null || n.get("at").asLong() < best.get("at").asLong())) {
                best = n;
            }
        }
        return best;
    }

    private static boolean everyPairDecodes(JsonNode[] last) {
        List<String> pids = new ArrayList<>();
        for (JsonNode s : last) {
            if (s == null || s.get("pid").isNull() || s.get("stats").isNull()) {
                return false;
            }
            pids.add(s.get("pid").asString());
        }
        for (JsonNode s : last) {
            for (String other : pids) {
                if (other.equals(s.get("pid").asString())) {
                    continue;
                }
                boolean decodes = false;
                for (JsonNode r : s.get("stats").get("remote")) {
                    decodes |= r.get("kind").asString().equals("video") && other.equals(r.path("owner").asString(""))
                            && r.path("framesDecoded").asLong(0) > 0;
                }
                if (!decodes) {
                    return false;
                }
            }
        }
        return true;
    }

    private void sampleAll(long t0, List<RealMediaCheck.Kiosk> kiosks, JsonNode[] last, String note) {
        System.out.printf(Locale.ROOT, "--- t=%.1fs %s%n", (System.currentTimeMillis() - t0) / 1000.0, note);
        for (int i = 0; i < kiosks.size(); i++) {
            JsonNode s = RealMediaCheck.sample(kiosks.get(i).page());
            if (s != null) {
                last[i] = s;
            }
            RealMediaCheck.print(kiosks.get(i).region(), s);
        }
    }

    private static JsonNode report(Page page) {
        try {
            Object s = page.evaluate("() => window.__fo ? window.__fo.report() : null");
            return s == null ? null : JSON.readTree((String) s);
        } catch (RuntimeException e) {
            System.out.println("  failover report failed: " + e.getMessage());
            return null;
        }
    }

    /** The endpoints of every conference on the bridge (JVB's /debug), or why not. */
    private String endpointsOn(String url) {
        try {
            JsonNode all = JSON.readTree(check.get(java.net.URI.create(url).resolve("/debug")));
            List<String> out = new ArrayList<>();
            for (var c : all.path("conferences").properties()) {
                out.add(c.getKey() + " " + c.getValue().path("endpoints").propertyNames() + " relays "
                        + c.getValue().path("relays").propertyNames());
            }
            return out.isEmpty() ? "no conference" : String.join("; ", out);
        } catch (Exception e) {
            return "unavailable: " + e;
        }
    }

    /** The kiosk's peer connection (SDPs, transceivers, inbound streams), written to the dump directory. */
    private String snapshot(RealMediaCheck.Kiosk kiosk, String pid) {
        try {
            Path file = dumpDir.resolve("failover-pc-" + kiosk.region() + "-" + pid + "-" + System.currentTimeMillis()
                    + ".json");
            String json = (String) kiosk.page().evaluate("() => window.__fo.snapshot()");
            Files.writeString(file, JSON.readTree(json).toPrettyString());
            return file.toString();
        } catch (Exception e) {
            return "unavailable: " + e;
        }
    }

    /** JVB's full /debug of every conference on the bridge, written to the dump directory. */
    private String dumpDebug(String id, String url) {
        try {
            JsonNode all = JSON.readTree(check.get(java.net.URI.create(url).resolve("/debug")));
            List<String> out = new ArrayList<>();
            for (String conf : all.path("conferences").propertyNames()) {
                Path file = dumpDir.resolve("jvb-debug-failover-" + id + "-" + conf + "-"
                        + System.currentTimeMillis() + ".json");
                Files.writeString(file, JSON.readTree(check.get(java.net.URI.create(url).resolve("/debug/" + conf)))
                        .toPrettyString());
                out.add(file.toString());
            }
            return String.join(", ", out);
        } catch (Exception e) {
            return "unavailable: " + e;
        }
    }

    private static String rel(JsonNode n, String field, long killAt) {
        return plus(n.get(field).asLong() - killAt);
    }

    private static String plus(long ms) {
        return (ms >= 0 ? "+" : "") + ms + " ms";
    }

    private static void pause(long since) throws InterruptedException {
        Thread.sleep(Math.max(0, Duration.ofSeconds(1).toMillis() - (System.currentTimeMillis() - since)));
    }
}
