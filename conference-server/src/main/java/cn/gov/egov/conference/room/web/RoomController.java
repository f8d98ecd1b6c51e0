package cn.gov.egov.conference.room.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.MeetingRoomRepository;
import cn.gov.egov.region.Region;

/** Read access to meeting rooms for the portal. */
@RestController
@RequestMapping("/api/v1/rooms")
class RoomController {

    private final MeetingRoomRepository rooms;

    RoomController(MeetingRoomRepository rooms) {
        this.rooms = rooms;
    }

    @GetMapping
    List<MeetingRoom> list(@RequestParam("region") String regionCode) {
        if (!Region.isWellFormedCode(regionCode)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "region must be a six-digit division code");
        }
        return rooms.findInSubtree(regionCode);
    }
}
