package cn.gov.egov.conference.signal;

import java.net.InetSocketAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.colibri.BridgeException;
import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.control.Controller;
import cn.gov.egov.conference.focus.FocusConference;
import cn.gov.egov.conference.live.Attendee;
import cn.gov.egov.conference.live.JoinRefusedException;
import cn.gov.egov.conference.live.LiveConference;
import cn.gov.egov.conference.live.LiveConferences;
import cn.gov.egov.conference.live.Signals;
import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.RoomService;
import cn.gov.egov.conference.room.TerminalAuthException;
import cn.gov.egov.conference.signal.sdp.BadSdpException;
import cn.gov.egov.platform.security.JoinTickets;
import cn.gov.egov.platform.security.ServiceTokenException;

/**
 * The focus's side of the signalling protocol (docs/signalling.md): a client joins with a join ticket (desktop) or
 * its room's terminal token (kiosk), then answers the offers it is sent. Bad messages get an error and the
 * connection stays; a refused join gets an error and the connection closes. Thin: the work is in
 * {@link LiveConference}.
 */
@Component
class SignalingHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(SignalingHandler.class);
    private static final String STATE = "signal.state";

    /** What one connection has become. */
    private static final class State {
        WebSocketPeer peer;
        LiveConference conference;
        String participantId;
        Attendee attendee;
        Controller controller;
    }

    private final LiveConferences live;
    private final RoomService rooms;
    private final JoinTickets tickets;
    private final ControlChannel control;
    private final JsonMapper json = JsonMapper.builder().build();

    SignalingHandler(LiveConferences live, RoomService rooms, JoinTickets tickets, ControlChannel control) {
        this.live = live;
        this.rooms = rooms;
        this.tickets = tickets;
        this.control = control;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        State state = new State();
        state.peer = new WebSocketPeer(session, json);
        session.getAttributes().put(STATE, state);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        State state = (State) session.getAttributes().get(STATE);
        Inbound in;
        try {
            in = Inbound.parse(message.getPayload(), json);
        } catch (Inbound.BadMessageException e) {
            state.peer.send(new Signals.Error("bad-message", "消息格式错误：" + e.getMessage(), false));
            return;
        }
        try {
            switch (in) {
                case Inbound.Join j -> join(session, state, j);
                case Inbound.Answer a -> {
                    LiveConference c = requireJoined(state);
                    c.heardFrom(state.participantId);
                    c.answer(state.participantId, a.version(), a.sdp());
                }
                case Inbound.Control c -> control.handle(requireJoined(state), state.controller, c.command(),
                        state.peer);
                case Inbound.Media m -> requireJoined(state).mediaState(state.participantId, m.audio(), m.video(),
                        m.screen());
                case Inbound.Leave l -> {
                    requireJoined(state).leave(state.participantId, "left");
                    state.conference = null;
                    state.peer.close("left");
                }
                case Inbound.BridgeLost b -> live.suspectBridge(requireJoined(state), state.participantId);
                case Inbound.Ping p -> state.peer.send(Signals.Pong.INSTANCE);
            }
        } catch (BadSdpException e) {
            state.peer.send(new Signals.Error("bad-sdp", "应答无效：" + e.getMessage(), false));
        } catch (JoinRefusedException e) {
            state.peer.send(new Signals.Error(e.code(), e.getMessage(), true));
            state.peer.close(e.code());
        } catch (TerminalAuthException e) {
            state.peer.send(new Signals.Error("bad-token", "终端令牌无效或已被吊销，请联系管理员", true));
            state.peer.close("bad-token");
        } catch (ServiceTokenException e) {
            state.peer.send(new Signals.Error("bad-ticket", "入会凭证无效或已过期，请从门户重新进入会议", true));
            state.peer.close("bad-ticket");
        } catch (FocusConference.NoBridgeException e) {
            state.peer.send(new Signals.Error("no-bridge", "当前没有可用的视频服务器，请稍后重试", true));
            state.peer.close("no-bridge");
        } catch (BridgeException e) {
            log.warn("Bridge call failed for a client of {}: {}", state.conference == null ? "?"
                    : state.conference.info().occurrenceId(), e.getMessage());
            boolean joined = state.conference != null;
            // once joined, a broken bridge is failed over (the client gets a restart offer); before, the join failed
            state.peer.send(new Signals.Error("bridge-error", "视频服务器暂时无法响应，请稍后重试", !joined));
            if (!joined) {
                state.peer.close("bridge-error");
            }
        }
    }

    private void join(WebSocketSession session, State state, Inbound.Join j) {
        if (state.conference != null) {
            state.peer.send(new Signals.Error("already-joined", "已在会议中", false));
            return;
        }
        LiveConferences.Admission admission;
        String resume = null;
        if (j.ticket() != null) {
            JoinTickets.Ticket t = tickets.verify(j.ticket());
            if (j.conferenceId() != null && !j.conferenceId().equals(t.conferenceId())) {
                throw new ServiceTokenException("ticket is for another conference");
            }
            Actor actor = new Actor(t.username(), Actor.Role.valueOf(t.role()), t.regionCode(), address(session));
            admission = live.admitUser(actor, t.displayName(), t.conferenceId());
            state.controller = Controller.user(actor);
            resume = tickets.issue(t.username(), t.role(), t.regionCode(), t.displayName(), t.conferenceId(),
                    live.resumeValidity(admission.conference()));
        } else {
            MeetingRoom room = rooms.heartbeat(j.roomToken());
            admission = live.admitRoom(room, j.conferenceId());
        }
        state.attendee = admission.attendee();
        state.participantId = admission.conference().join(admission.attendee(), state.peer, resume);
        if (state.controller == null) {
            state.controller = Controller.terminal(state.participantId);
        }
        state.conference = admission.conference();
    }

    private static LiveConference requireJoined(State state) {
        if (state.conference == null) {
            throw new JoinRefusedException("not-joined", "请先入会");
        }
        return state.conference;
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        State state = (State) session.getAttributes().get(STATE);
        if (state != null && state.conference != null) {
            try {
                state.conference.leave(state.participantId, "disconnected");
            } catch (RuntimeException e) {
                log.debug("Leave after close failed: {}", e.toString());
            }
        }
    }

    private static String address(WebSocketSession session) {
        InetSocketAddress a = session.getRemoteAddress();
        return a == null ? null : a.getAddress().getHostAddress();
    }
}
