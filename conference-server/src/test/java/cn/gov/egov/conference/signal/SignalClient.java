package cn.gov.egov.conference.signal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A signalling client for tests: a real WebSocket to /ws/signal, every message kept in order. */
public final class SignalClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> skipped = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket ws;

    public SignalClient(int port) {
        this.ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://127.0.0.1:" + port)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/signal"), new WebSocket.Listener() {
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

                    @Override
                    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                        closed.complete(status);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket socket, Throwable error) {
                        closed.complete(-1);
                    }
                }).join();
    }

    public SignalClient send(Map<String, ?> message) {
        return sendText(JSON.writeValueAsString(message));
    }

    public SignalClient sendText(String text) {
        ws.sendText(text, true).join();
        return this;
    }

    /**
     * The next message of the given type; messages of other types passed over stay for later calls. Fails after
     * {@code timeout}.
     */
    public JsonNode next(String type, Duration timeout) {
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

    public JsonNode next(String type) {
        return next(type, Duration.ofSeconds(10));
    }

    /** The close status code once the server closed the connection. */
    public int closeStatus(Duration timeout) {
        return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public boolean isOpen() {
        return !closed.isDone() && !ws.isOutputClosed();
    }

    @Override
    public void close() {
        if (!ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
