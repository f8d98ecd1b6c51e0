package cn.gov.egov.portal.learning.playback.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.portal.learning.playback.HeartbeatReply;
import cn.gov.egov.portal.learning.playback.PlaybackService;
import cn.gov.egov.portal.learning.progress.Heartbeat;
import cn.gov.egov.portal.learning.progress.PlaybackException;
import cn.gov.egov.portal.security.PortalPrincipal;

/**
 * The player's reports (JSON), for the signed-in user of the portal session; every POST carries the session's CSRF
 * token in the {@code X-CSRF-TOKEN} header (the player page hands it to the player). The learner is always the
 * authenticated user, time always the server's: the body carries neither. Answers: 200 with the verdict when
 * accepted; when refused 409 (replay, seek, rate, ended …), 403 (another learner's session), 404 (unknown session),
 * 400 (malformed JSON or numbers), always with {@code reason} and a Chinese {@code message}; nothing is credited.
 */
@RestController
@RequestMapping(path = "/api/learning", produces = MediaType.APPLICATION_JSON_VALUE)
class HeartbeatController {

    /** The heartbeat body. Boxed so that a missing field is malformed, not zero. */
    record HeartbeatRequest(String sessionId, Long sequence, Double position, Boolean playing, Double rate) {

        boolean complete() {
            return sessionId != null && sequence != null && position != null && playing != null && rate != null;
        }
    }

    record PresenceAnswer(String token) {
    }

    private final PlaybackService playback;

    HeartbeatController(PlaybackService playback) {
        this.playback = playback;
    }

    @PostMapping(path = "/heartbeats", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> heartbeat(@AuthenticationPrincipal PortalPrincipal principal,
                                @RequestBody HeartbeatRequest body) {
        if (body == null || !body.complete()) {
            return malformed();
        }
        HeartbeatReply reply = playback.heartbeat(principal.user(),
                new Heartbeat(body.sessionId(), body.sequence(), body.position(), body.playing(), body.rate()));
        return ResponseEntity.status(status(reply)).body(reply);
    }

    @PostMapping(path = "/playbacks/{sessionId}/presence", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> presence(@AuthenticationPrincipal PortalPrincipal principal, @PathVariable String sessionId,
                               @RequestBody PresenceAnswer body) {
        playback.answerPresence(principal.user(), sessionId, body == null ? null : body.token());
        return ResponseEntity.ok(Map.of("reason", "ANSWERED", "message", "已确认，继续计时"));
    }

    @PostMapping("/playbacks/{sessionId}/end")
    ResponseEntity<Void> end(@AuthenticationPrincipal PortalPrincipal principal, @PathVariable String sessionId) {
        playback.end(principal.user(), sessionId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Map<String, String>> unreadable() {
        return malformed();
    }

    @ExceptionHandler(PlaybackException.class)
    ResponseEntity<Map<String, String>> refused(PlaybackException e) {
        HttpStatus status = switch (e.code()) {
            case "unknown-session" -> HttpStatus.NOT_FOUND;
            case "wrong-learner" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", e.code(), "message", e.getMessage()));
    }

    private static ResponseEntity<Map<String, String>> malformed() {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "MALFORMED", "message", "进度上报格式错误，未计入学时"));
    }

    private static HttpStatus status(HeartbeatReply reply) {
        if (reply.accepted()) {
            return HttpStatus.OK;
        }
        return switch (reply.reason()) {
            case UNKNOWN_SESSION -> HttpStatus.NOT_FOUND;
            case WRONG_LEARNER -> HttpStatus.FORBIDDEN;
            case INVALID_HEARTBEAT -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
    }
}
