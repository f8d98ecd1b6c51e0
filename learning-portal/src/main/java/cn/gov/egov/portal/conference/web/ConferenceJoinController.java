package cn.gov.egov.portal.conference.web;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.platform.security.JoinTickets;
import cn.gov.egov.portal.conference.ConferenceServerProperties;
import cn.gov.egov.portal.security.PortalPrincipal;

/**
 * 进入会议: sends the signed-in user to conference-server's desktop client with a two-minute join ticket in the URL
 * fragment (browsers never send fragments to servers, so it stays out of logs and Referer headers). Whether the user
 * may join is decided by conference-server when the ticket is used.
 */
@RestController
class ConferenceJoinController {

    static final Duration TICKET_LIFETIME = Duration.ofMinutes(2);

    private final JoinTickets tickets;
    private final ConferenceServerProperties properties;

    ConferenceJoinController(JoinTickets tickets, ConferenceServerProperties properties) {
        this.tickets = tickets;
        this.properties = properties;
    }

    @GetMapping("/conference/join/{conferenceId}")
    ResponseEntity<Void> join(@PathVariable UUID conferenceId, @AuthenticationPrincipal PortalPrincipal user) {
        String ticket = tickets.issue(user.getUsername(), user.role().name(), user.regionCode(),
                user.user().displayName(), conferenceId, TICKET_LIFETIME);
        String base = properties.publicUrl().toString().replaceAll("/+$", "");
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, URI.create(base + "/join/" + conferenceId + "#ticket=" + ticket)
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
