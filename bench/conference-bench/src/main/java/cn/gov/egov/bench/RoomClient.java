package cn.gov.egov.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated room terminal (the kiosk at {@code /room}, without media) on the signalling WebSocket: joins with
 * its terminal token, answers every offer it receives with a {@link FakeAnswer}, and notes when things happened
 * ({@link System#nanoTime()}, the clock the emulated bridges use too). Rosters and control states are counted, not
 * read.
 */
final class RoomClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final RoomDirectory.Room room;
    private final String token;
    private final UUID conferenceId;
    private final FakeAnswer browser;
    private WebSocket ws;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private final StringBuilder text = new StringBuilder();

    volatile long joinSentNanos;
    volatile long joinedNanos;
    volatile long firstOfferNanos;
    volatile long firstAnswerSentNanos;
    volatile long lastOfferNanos;
    volatile String participantId;
    volatile String occurrenceId;
    volatile String error;
    volatile String bye;
    volatile int offers;
    volatile int answered;
    volatile int otherMessages;
    volatile long bytesReceived;
    /** Messages and characters received, by message type. */
    final Map<String, long[]> received = new ConcurrentHashMap<>();

    RoomClient(RoomDirectory.Room room, String token, UUID conferenceId, long ssrcBase, boolean compactAnswers) {
        this.room = room;
        this.token = token;
        this.conferenceId = conferenceId;
        this.browser = new FakeAnswer(ssrcBase, compactAnswers);
    }

    /** Opens the WebSocket (same origin, as the kiosk page served by the server). */
    CompletableFuture<RoomClient> connect(HttpClient http, URI base) {
        URI uri = URI.create("ws://" + base.getAuthority() + "/ws/signal");
        return http.newWebSocketBuilder().header("Origin", "http://" + base.getAuthority())
                .buildAsync(uri, new Listener()).thenApply(socket -> {
                    ws = socket;
                    return this;
                });
    }

    /** Sends {@code join}; the kiosk names the conference it shows. */
    void join() {
        Map<String, Object> join = new LinkedHashMap<>();
        join.put("type", "join");
        join.put("v", 1);
        join.put("roomToken", token);
        join.put("conferenceId", conferenceId.toString());
        String message = JSON.writeValueAsString(join);
        joinSentNanos = System.nanoTime();
        send(message);
    }

    boolean allocated() {
        return firstOfferNanos != 0;
    }

    boolean failed() {
        return error != null || bye != null;
    }

    /** Every offer received so far has been answered. */
    boolean settled() {
        return offers > 0 && answered == offers;
    }

    void close() {
        if (ws != null && !ws.isOutputClosed()) {
            synchronized (this) {
                sending = sending.handle((r, e) -> null)
                        .thenCompose(x -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
            }
        }
    }

    private synchronized void send(String message) {
        sending = sending.handle((r, e) -> null).thenCompose(x -> ws.sendText(message, true));
    }

    private void onMessage(String message) {
        long now = System.nanoTime();
        bytesReceived += message.length();
        String type = typeOf(message);
        long[] count = received.computeIfAbsent(type, k -> new long[2]);
        count[0]++;
        count[1] += message.length();
        switch (type) {
            case "offer" -> {
                JsonNode offer = JSON.readTree(message);
                int version = offer.get("version").asInt();
                if (firstOfferNanos == 0) {
                    firstOfferNanos = now;
                }
                lastOfferNanos = now;
                offers++;
                String answer = browser.answer(offer.get("sdp").asString());
                Map<String, Object> reply = new LinkedHashMap<>();
                reply.put("type", "answer");
                reply.put("version", version);
                reply.put("sdp", answer);
                String json = JSON.writeValueAsString(reply);
                if (firstAnswerSentNanos == 0) {
                    firstAnswerSentNanos = System.nanoTime();
                }
                send(json);
                answered++;
            }
            case "joined" -> {
                JsonNode joined = JSON.readTree(message);
                participantId = joined.get("participantId").asString();
                occurrenceId = joined.get("conference").get("occurrenceId").asString();
                joinedNanos = now;
            }
            case "error" -> {
                JsonNode e = JSON.readTree(message);
                if (error == null) {
                    error = e.path("code").asString() + ": " + e.path("message").asString();
                }
            }
            case "bye" -> bye = JSON.readTree(message).path("reason").asString();
            default -> otherMessages++;
        }
    }

    /** The {@code type} of a focus message: its first field (records serialise in declaration order). */
    private static String typeOf(String message) {
        int at = message.indexOf("\"type\":\"");
        if (at < 0 || at > 16) {
            return JSON.readTree(message).path("type").asString();
        }
        int start = at + 8;
        return message.substring(start, message.indexOf('"', start));
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    onMessage(message);
                } catch (RuntimeException e) {
                    error = "client: " + e;
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            if (bye == null) {
                bye = "closed " + status + " " + reason;
            }
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable e) {
            if (error == null) {
                error = "websocket: " + e;
            }
        }
    }
}
