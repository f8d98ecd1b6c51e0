package cn.gov.egov.conference.signal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.conference.live.Peer;
import cn.gov.egov.conference.live.Signals;

/**
 * A client's WebSocket as a {@link Peer}: messages as JSON, sends from many threads made safe and bounded (a client
 * that cannot keep up for 10 s or falls 4 MB behind is disconnected rather than holding up the conference).
 */
final class WebSocketPeer implements Peer {

    private static final Logger log = LoggerFactory.getLogger(WebSocketPeer.class);

    private final WebSocketSession session;
    private final JsonMapper json;

    WebSocketPeer(WebSocketSession session, JsonMapper json) {
        this.session = new ConcurrentWebSocketSessionDecorator(session, 10_000, 4 * 1024 * 1024);
        this.json = json;
    }

    @Override
    public void send(Object message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            String text = message instanceof Signals.Prepared p ? p.json() : json.writeValueAsString(message);
            session.sendMessage(new TextMessage(text));
        } catch (IOException | RuntimeException e) {
            log.debug("Dropped a message to {}: {}", session.getId(), e.toString());
        }
    }

    @Override
    public void close(String reason) {
        send(new Signals.Bye(reason));
        try {
            session.close(CloseStatus.NORMAL.withReason(reason));
        } catch (IOException e) {
            log.debug("Closing {} failed: {}", session.getId(), e.toString());
        }
    }
}
