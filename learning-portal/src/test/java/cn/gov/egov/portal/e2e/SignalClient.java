package cn.gov.egov.portal.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signalling client without a browser: a real WebSocket to conference-server's /ws/signal, every message kept in
 * order (the minimal part of conference-server's own test client).
 */
final class SignalClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> skipped = new ArrayList<>();
    private final WebSocket ws;

    /** @param baseUrl conference-server, e.g. {@code http://127.0.0.1:8081} */
    SignalClient(String baseUrl) {
        this.ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", baseUrl)
                .buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "/ws/signal"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            inbox.add(JSON.readTree(text.toString()));
                            text.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                }).join();
    }

    SignalClient send(Map<String, ?> message) {
        ws.sendText(JSON.writeValueAsString(message), true).join();
        return this;
    }

    /** The next message of the type; others passed over stay for later calls. Fails after {@code timeout}. */
    JsonNode next(String type, Duration timeout) {
        for (var it = skipped.iterator(); it.hasNext(); ) {
            JsonNode m = it.next();
            if (type.equals(m.path("type").asString())) {
                it.remove();
                return m;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> seen = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode m;
            try {
                m = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (m == null) {
                throw new AssertionError("no '" + type + "' message within " + timeout + "; saw " + seen);
            }
            if (type.equals(m.path("type").asString())) {
                return m;
            }
            skipped.add(m);
            seen.add(m.toString().length() > 200 ? m.toString().substring(0, 200) : m.toString());
        }
    }

    @Override
    public void close() {
        if (!ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
