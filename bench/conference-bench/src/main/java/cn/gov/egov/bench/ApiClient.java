package cn.gov.egov.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import cn.gov.egov.platform.security.ServiceTokens;

/**
 * conference-server's REST API over loopback HTTP/1.1 (keep-alive connections), acting as the province system
 * administrator through a service token, as the portal does. Every call returns its client-side wall time.
 */
final class ApiClient {

    /** One answer: status, body and the wall time from sending the request to having read the whole body. */
    record Response(int status, String body, long nanos) {
    }

    static final String CALLER = "learning-portal";
    static final ServiceTokens.Actor ADMIN = new ServiceTokens.Actor("bench-admin", "SYSTEM_ADMIN", "530000");
    private static final long TOKEN_REFRESH_NANOS = Duration.ofSeconds(30).toNanos();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final ServiceTokens tokens;
    private String token;
    private long tokenMintedAt;

    ApiClient(URI base, String serviceSecret) {
        this.base = base;
        this.tokens = new ServiceTokens(serviceSecret, Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** A token valid for at least four more minutes; minted outside the timed part of each call. */
    private synchronized String token() {
        long now = System.nanoTime();
        if (token == null || now - tokenMintedAt > TOKEN_REFRESH_NANOS) {
            token = tokens.issue(CALLER, ADMIN);
            tokenMintedAt = now;
        }
        return token;
    }

    Response postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Service " + token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A POST of a change to something read before: {@code version} goes in the {@code If-Match} header. */
    Response postJson(String path, String json, long version) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Service " + token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Service " + token())
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    /** An open endpoint, without a token. */
    Response getOpen(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build());
    }

    private Response send(HttpRequest request) {
        try {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            return new Response(r.statusCode(), r.body(), nanos);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
