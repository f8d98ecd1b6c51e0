package cn.gov.egov.conference.room.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.conference.ConferenceProperties;
import cn.gov.egov.conference.live.LiveSchedule;
import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.RoomService;

/** The room kiosk's own endpoints: {@code Authorization: Terminal <token>}; each call is a heartbeat. */
@RestController
@RequestMapping("/api/v1/terminal")
class TerminalController {

    static final String SCHEME = "Terminal ";

    private final RoomService rooms;
    private final LiveSchedule schedule;
    private final ConferenceProperties properties;
    private final Clock clock;

    TerminalController(RoomService rooms, LiveSchedule schedule, ConferenceProperties properties, Clock clock) {
        this.rooms = rooms;
        this.schedule = schedule;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/heartbeat")
    Map<String, Object> heartbeat(@RequestHeader(value = "Authorization", required = false) String authorization) {
        MeetingRoom room = rooms.heartbeat(token(authorization));
        return Map.of("roomId", room.id(), "name", room.name(), "regionCode", room.regionCode());
    }

    /**
     * The room's coming and running conferences (at most five), with when each opens for joining, and the server's
     * time so the kiosk's countdown does not depend on its own clock.
     */
    @GetMapping("/schedule")
    Map<String, Object> schedule(@RequestHeader(value = "Authorization", required = false) String authorization) {
        MeetingRoom room = rooms.heartbeat(token(authorization));
        Instant now = clock.instant();
        List<Map<String, Object>> slots = schedule.upcoming(room.id(), now.minus(properties.grace())).stream()
                .filter(s -> s.end().plus(properties.grace()).isAfter(now)).limit(5).map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("conferenceId", s.conferenceId());
                    m.put("occurrenceId", s.occurrenceId());
                    m.put("title", s.title());
                    m.put("start", s.start());
                    m.put("end", s.end());
                    m.put("opensAt", s.start().minus(properties.joinWindow()));
                    m.put("closesAt", s.end().plus(properties.grace()));
                    m.put("mainRoom", s.mainRoom());
                    return m;
                }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("room", Map.of("roomId", room.id(), "name", room.name(), "regionCode", room.regionCode()));
        out.put("serverTime", now);
        out.put("conferences", slots);
        return out;
    }

    private static String token(String authorization) {
        return authorization != null && authorization.startsWith(SCHEME)
                ? authorization.substring(SCHEME.length()).strip() : null;
    }
}
