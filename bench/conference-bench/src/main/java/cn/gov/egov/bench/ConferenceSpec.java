package cn.gov.egov.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** One conference to schedule through {@code POST /api/v1/conferences}, and whether it should collide. */
record ConferenceSpec(String title, ConferenceMix.Group group, LocalDateTime start, LocalDateTime end,
                      boolean expectConflict) {

    /** The request body: Shanghai wall-clock times, the main venue first among the rooms. */
    String json(JsonMapper mapper) {
        List<String> roomIds = new ArrayList<>();
        for (RoomDirectory.Room r : group.rooms()) {
            roomIds.add(r.id().toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("kind", "MEETING");
        body.put("organiserRegion", group.organiser().code());
        body.put("mainRoomId", roomIds.getFirst());
        body.put("roomIds", roomIds);
        body.put("invitees", List.of());
        body.put("start", start.toString());
        body.put("end", end.toString());
        return mapper.writeValueAsString(body);
    }

    int roomCount() {
        return group.rooms().length;
    }
}
