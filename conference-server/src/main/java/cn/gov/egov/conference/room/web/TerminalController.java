package cn.gov.egov.conference.room.web;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.RoomService;

/** The room kiosk's own endpoint: {@code Authorization: Terminal <token>}; each call is a heartbeat. */
@RestController
@RequestMapping("/api/v1/terminal")
class TerminalController {

    static final String SCHEME = "Terminal ";

    private final RoomService rooms;

    TerminalController(RoomService rooms) {
        this.rooms = rooms;
    }

    @PostMapping("/heartbeat")
    Map<String, Object> heartbeat(@RequestHeader(value = "Authorization", required = false) String authorization) {
        String token = authorization != null && authorization.startsWith(SCHEME)
                ? authorization.substring(SCHEME.length()).strip() : null;
        MeetingRoom room = rooms.heartbeat(token);
        return Map.of("roomId", room.id(), "name", room.name(), "regionCode", room.regionCode());
    }
}
