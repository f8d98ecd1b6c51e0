package cn.gov.egov.bench.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.egov.bench.support.LatencyRecorder;

/**
 * One measured phase: every learner sends its requests one after the other (never two at once, as one player
 * does) on its own virtual thread, for a fixed time.
 * <ul>
 * <li>{@code rate == 0}: as fast as answers come back (closed loop, N requests in flight): the throughput;</li>
 * <li>{@code rate > 0}: an offered load of {@code rate} requests per second spread evenly over the learners (open
 *     loop); each request's latency counts from when it was due, not from when it could be sent, so a server that
 *     falls behind shows it in the tail (no coordinated omission); a backlog is worked off for at most one more
 *     phase length, the rest is counted as not sent.</li>
 * </ul>
 * Heartbeats are well-formed and paced by wall time: the position is where a player started at the resume point
 * when the page opened would be now, at rate 1.0, so the server's verifier accepts them (the sequence grows by one
 * per beat, the position never outruns the server's clock). The reference request is the same POST with the same
 * session, cookie and CSRF token, but without the {@code rate} field: the controller answers 400 before calling
 * the service (same security chain, JSON in and out, no verification, no database).
 */
final class LoadPhase {

    enum Kind {
        HEARTBEAT("heartbeat `POST /api/learning/heartbeats`"),
        REFERENCE("reference: same POST without `rate` (400 before the service)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** What one phase measured. */
    record Result(Kind kind, double rate, long requests, double seconds, LatencyRecorder latency,
                  Map<String, Long> answers) {

        double throughput() {
            return requests / seconds;
        }

        String answersText() {
            StringBuilder sb = new StringBuilder();
            answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    sb.append(sb.isEmpty() ? "" : ", ").append(e.getKey()).append(String.format(Locale.ROOT,
                            " ×%,d", e.getValue())));
            return sb.toString();
        }
    }

    private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Za-z_-]+)\"");

    private final HttpClient http;
    private final URI heartbeats;
    private final List<LearnerClient.Playback> learners;
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    LoadPhase(HttpClient http, URI base, List<LearnerClient.Playback> learners) {
        this.http = http;
        this.heartbeats = base.resolve("/api/learning/heartbeats");
        this.learners = learners;
        learners.forEach(l -> sequences.put(l.sessionId(), new AtomicLong()));
    }

    Result run(Kind kind, double rate, Duration length, String name) throws InterruptedException {
        LatencyRecorder latency = new LatencyRecorder(name);
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        long start = System.nanoTime() + 50_000_000L; // every thread is waiting when the clock starts
        long end = start + length.toNanos();
        long giveUp = end + length.toNanos(); // open loop: a backlog is sent for at most one more phase length
        long periodNanos = rate > 0 ? (long) (learners.size() * 1e9 / rate) : 0;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            LearnerClient.Playback l = learners.get(i);
            long offset = rate > 0 ? (long) (i * 1e9 / rate) : 0;
            threads.add(Thread.ofVirtual().start(() -> {
                long due = start + offset;
                while (true) {
                    long now = System.nanoTime();
                    if (rate > 0) {
                        if (due >= end) {
                            break;
                        }
                        if (now > giveUp) {
                            // the server fell so far behind that the rest could only be sent after the phase
                            answers.computeIfAbsent("not sent (behind by more than the phase)",
                                    a -> new LongAdder()).add((end - due + periodNanos - 1) / periodNanos);
                            break;
                        }
                        if (due > now) {
                            LockSupport.parkNanos(due - now);
                        }
                    } else {
                        if (now < start) {
                            LockSupport.parkNanos(start - now);
                        }
                        due = System.nanoTime();
                        if (due >= end) {
                            break;
                        }
                    }
                    String answer = send(kind, l);
                    latency.recordConcurrently(System.nanoTime() - due);
                    answers.computeIfAbsent(answer, a -> new LongAdder()).increment();
                    due += periodNanos;
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = Math.max(end, System.nanoTime()) - start;
        Map<String, Long> counts = new java.util.TreeMap<>();
        answers.forEach((k, v) -> counts.put(k, v.sum()));
        return new Result(kind, rate, latency.count(), seconds / 1e9, latency, counts);
    }

    private String send(Kind kind, LearnerClient.Playback l) {
        long seq = sequences.get(l.sessionId()).incrementAndGet();
        double position = (l.resumeMillis() + (System.nanoTime() - l.openedAtNanos()) / 1_000_000L) / 1000.0;
        String body = kind == Kind.HEARTBEAT
                ? String.format(Locale.ROOT, "{\"sessionId\":\"%s\",\"sequence\":%d,\"position\":%.3f,"
                + "\"playing\":true,\"rate\":1.0}", l.sessionId(), seq, position)
                : String.format(Locale.ROOT, "{\"sessionId\":\"%s\",\"sequence\":%d,\"position\":%.3f,"
                + "\"playing\":true}", l.sessionId(), seq, position);
        if (kind == Kind.REFERENCE) {
            sequences.get(l.sessionId()).decrementAndGet(); // never reached the verifier: the number is unused
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(heartbeats)
                    .timeout(Duration.ofSeconds(30))
                    .header("Cookie", "JSESSIONID=" + l.cookie())
                    .header(l.csrfHeader(), l.csrfToken())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = REASON.matcher(r.body());
            return r.statusCode() + (m.find() ? " " + m.group(1) : "");
        } catch (Exception e) {
            return "error " + e.getClass().getSimpleName();
        }
    }
}
