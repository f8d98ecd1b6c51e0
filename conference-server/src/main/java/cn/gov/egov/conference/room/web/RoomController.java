package cn.gov.egov.conference.room.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.authority.CurrentActor;
import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.RoomService;
import cn.gov.egov.conference.system.web.PageParams;
import cn.gov.egov.conference.system.web.Versions;

/** Meeting rooms (会议室) of a region subtree, for administrators acting through the portal. */
@RestController
@RequestMapping("/api/v1/rooms")
class RoomController {

    private final RoomService rooms;

    RoomController(RoomService rooms) {
        this.rooms = rooms;
    }

    @GetMapping
    PageParams.Page<RoomResponse> list(@RequestParam("region") String region,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        PageParams.check(page, size);
        var result = rooms.list(CurrentActor.require(), region, page, size);
        return new PageParams.Page<>(result.items().stream().map(this::response).toList(), page, size,
                result.total());
    }

    @GetMapping("/{id}")
    ResponseEntity<RoomResponse> get(@PathVariable UUID id) {
        return withEtag(HttpStatus.OK, rooms.get(CurrentActor.require(), id));
    }

    @PostMapping
    ResponseEntity<RoomResponse> create(@RequestBody RoomRequest request) {
        MeetingRoom room = rooms.create(CurrentActor.require(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/rooms/" + room.id()))
                .eTag(Versions.etag(room.version())).body(response(room));
    }

    @PutMapping("/{id}")
    ResponseEntity<RoomResponse> update(@PathVariable UUID id, @RequestBody RoomRequest request,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long version = Versions.fromIfMatch(ifMatch);
        MeetingRoom room = rooms.update(CurrentActor.require(), id, request.toDraft(),
                request.active() == null || request.active(), version);
        return withEtag(HttpStatus.OK, room);
    }

    /** Issues a new terminal token for the room's kiosk; the response is the only place it ever appears. */
    @PostMapping("/{id}/terminal-token")
    ResponseEntity<Map<String, String>> issueToken(@PathVariable UUID id) {
        String token = rooms.issueTerminalToken(CurrentActor.require(), id);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", token));
    }

    @DeleteMapping("/{id}/terminal-token")
    ResponseEntity<Void> revokeToken(@PathVariable UUID id) {
        rooms.revokeTerminalToken(CurrentActor.require(), id);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<RoomResponse> withEtag(HttpStatus status, MeetingRoom room) {
        return ResponseEntity.status(status).eTag(Versions.etag(room.version())).body(response(room));
    }

    private RoomResponse response(MeetingRoom room) {
        return RoomResponse.of(room, rooms.isOnline(room));
    }
}
