package cn.gov.egov.conference.signal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The two browser clients, served from here so the signalling WebSocket is same-origin: the room kiosk at
 * {@code /room} and the desktop client at {@code /join/{conferenceId}} (the portal sends users there with a join
 * ticket in the URL fragment, which never reaches a server log).
 */
@Controller
class ClientPages {

    @GetMapping("/room")
    String room() {
        return "forward:/client/room.html";
    }

    @GetMapping("/join/{conferenceId}")
    String desktop(@PathVariable UUID conferenceId) {
        return "forward:/client/desktop.html";
    }
}
