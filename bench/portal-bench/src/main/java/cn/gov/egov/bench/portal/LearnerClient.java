package cn.gov.egov.bench.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One learner's browser, as far as the heartbeat path needs one: signs in with the form log-in over HTTP (session
 * cookie, and the CSRF token from the page's {@code _csrf} meta tag, as a browser gets them), then opens the lesson
 * route the way Vaadin's client does (the page, the {@code v-r=init} request that creates the UI, then the
 * {@code ui-navigate} event over UIDL). The view starts the playback in that Vaadin session exactly as for a real
 * learner, and the bench reads from the UIDL answer what the player script reads from its element: the playback
 * session id, the resume point and the CSRF header and token for its POSTs.
 */
final class LearnerClient {

    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** What a learner's player holds after the lesson page opened. */
    record Playback(String username, String cookie, String csrfHeader, String csrfToken, String sessionId,
                    long resumeMillis, long openedAtNanos) {
    }

    private final HttpClient http;
    private final URI base;

    LearnerClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    Playback signInAndOpen(String username, String password, String lessonId) throws IOException,
            InterruptedException {
        // 1. the log-in page: a session and its CSRF token
        HttpResponse<String> loginPage = get("/login", null);
        String cookie = cookie(loginPage).orElseThrow(() -> fail("no session cookie from /login", loginPage));
        String csrf = find(META_CSRF, loginPage.body())
                .orElseThrow(() -> fail("no _csrf meta tag on /login", loginPage));
        // 2. the form post (Spring Security's form log-in; the session id changes)
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw fail("log-in of " + username + " refused (" + location + ")", posted);
        }
        cookie = cookie(posted).orElse(cookie);
        // 3. the lesson route, as the browser opens it: the page, Vaadin's init request (creates the UI), then the
        //    client's navigation event over UIDL; the view starts the playback and renders the player
        String route = "learn/lesson/" + lessonId;
        get("/" + route, cookie);
        HttpResponse<String> init = get("/?v-r=init&location=" + enc(route) + "&query=", cookie);
        String securityKey = find(SECURITY_KEY, init.body())
                .orElseThrow(() -> fail("no Vaadin-Security-Key in the init answer", init));
        String uidl = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> navigated = http.send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(uidl)).build(), HttpResponse.BodyHandlers.ofString());
        Optional<Playback> p = parse(username, cookie, navigated.body());
        if (p.isEmpty()) {
            throw fail("no lesson-player in the lesson route's answer", navigated);
        }
        return p.get();
    }

    private Optional<Playback> parse(String username, String cookie, String body) {
        String text = body;
        Optional<String> session = attribute(text, "session-id");
        if (session.isEmpty()) {
            return Optional.empty();
        }
        String header = attribute(text, "csrf-header").orElse("X-CSRF-TOKEN");
        String token = attribute(text, "csrf-token").orElseThrow(() -> new IllegalStateException(
                "the player has no csrf-token"));
        long resume = Long.parseLong(attribute(text, "resume").orElse("0"));
        return Optional.of(new Playback(username, cookie, header, token, session.get(), resume, System.nanoTime()));
    }

    /** An attribute of the player as Vaadin's UIDL sets it ({@code "key":"name","feat":n,"value":"v"}). */
    private static Optional<String> attribute(String text, String name) {
        Matcher m = Pattern.compile("\"key\":\"" + Pattern.quote(name) + "\",\"feat\":\\d+,\"value\":\"([^\"]*)\"")
                .matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (cookie != null) {
            b.header("Cookie", "JSESSIONID=" + cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cookie(HttpResponse<?> r) {
        for (String set : r.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(set);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static IllegalStateException fail(String what, HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body();
        return new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.uri() + "\n"
                + body.substring(0, Math.min(600, body.length())));
    }
}
