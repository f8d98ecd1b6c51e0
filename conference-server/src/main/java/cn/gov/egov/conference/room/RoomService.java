package cn.gov.egov.conference.room;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.conference.audit.AuditLog;
import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.conference.system.errors.InvalidInputException;
import cn.gov.egov.conference.system.errors.NotFoundException;
import cn.gov.egov.conference.system.errors.StaleVersionException;
import cn.gov.egov.region.RegionTree;

/** Registering and changing meeting rooms, their terminal credentials and heartbeats. */
@Service
public class RoomService {

    private final MeetingRoomRepository rooms;
    private final Authority authority;
    private final RegionTree regions;
    private final AuditLog audit;
    private final RoomProperties properties;
    private final Clock clock;

    public RoomService(MeetingRoomRepository rooms, Authority authority, RegionTree regions, AuditLog audit,
                       RoomProperties properties, Clock clock) {
        this.rooms = rooms;
        this.authority = authority;
        this.regions = regions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A page of rooms in the region's subtree, which must be inside the actor's own. */
    public RoomPage list(Actor actor, String regionCode, int page, int size) {
        requireKnownRegion(regionCode, "region");
        authority.requireVisible(actor, regionCode);
        String prefix = regions.get(regionCode).subtreePrefix();
        return new RoomPage(rooms.findInSubtree(prefix, page, size), page, size, rooms.countInSubtree(prefix));
    }

    public record RoomPage(List<MeetingRoom> items, int page, int size, long total) {
    }

    public MeetingRoom get(Actor actor, UUID id) {
        MeetingRoom room = rooms.find(id).orElseThrow(() -> new NotFoundException("no meeting room " + id));
        authority.requireVisible(actor, room.regionCode());
        return room;
    }

    @Transactional
    public MeetingRoom create(Actor actor, RoomDraft draft) {
        RoomDraft d = draft.validate();
        requireKnownRegion(d.regionCode(), "regionCode");
        authority.requireManage(actor, d.regionCode());
        MeetingRoom room = new MeetingRoom(UUID.randomUUID(), d.regionCode(), d);
        rooms.insert(room);
        audit.allowed(actor, "ROOM_CREATE", "ROOM", room.id().toString(), room.regionCode(), describe(room));
        return rooms.find(room.id()).orElseThrow();
    }

    @Transactional
    public MeetingRoom update(Actor actor, UUID id, RoomDraft draft, boolean active, long expectedVersion) {
        RoomDraft d = draft.validate();
        requireKnownRegion(d.regionCode(), "regionCode");
        MeetingRoom before = rooms.find(id).orElseThrow(() -> new NotFoundException("no meeting room " + id));
        authority.requireManage(actor, List.of(before.regionCode(), d.regionCode()));
        MeetingRoom after = new MeetingRoom(id, d.regionCode(), d.name(), d.address(), d.capacity(),
                d.contactName(), d.contactPhone(), d.contactEmail(), d.equipment(), active, before.version(),
                before.terminalIssuedAt(), before.lastSeenAt());
        if (!rooms.update(after, expectedVersion, clock.instant())) {
            throw new StaleVersionException("meeting room " + id, before.version());
        }
        audit.allowed(actor, "ROOM_UPDATE", "ROOM", id.toString(), d.regionCode(),
                "before: " + describe(before) + " | after: " + describe(after));
        return rooms.find(id).orElseThrow();
    }

    /** Issues a new terminal token (replacing any earlier one) and returns it: the only time it is shown. */
    @Transactional
    public String issueTerminalToken(Actor actor, UUID id) {
        MeetingRoom room = rooms.find(id).orElseThrow(() -> new NotFoundException("no meeting room " + id));
        authority.requireManage(actor, room.regionCode());
        String token = TerminalTokens.generate();
        rooms.setTerminalToken(id, TerminalTokens.hash(token), clock.instant());
        audit.allowed(actor, "ROOM_TOKEN_ISSUE", "ROOM", id.toString(), room.regionCode(), room.name());
        return token;
    }

    @Transactional
    public void revokeTerminalToken(Actor actor, UUID id) {
        MeetingRoom room = rooms.find(id).orElseThrow(() -> new NotFoundException("no meeting room " + id));
        authority.requireManage(actor, room.regionCode());
        rooms.setTerminalToken(id, null, clock.instant());
        audit.allowed(actor, "ROOM_TOKEN_REVOKE", "ROOM", id.toString(), room.regionCode(), room.name());
    }

    /** A kiosk's heartbeat: proves the token and records the time; returns the room it belongs to. */
    @Transactional
    public MeetingRoom heartbeat(String token) {
        if (!TerminalTokens.looksValid(token)) {
            throw new TerminalAuthException("missing or malformed terminal token");
        }
        return rooms.touchByTokenHash(TerminalTokens.hash(token), clock.instant())
                .orElseThrow(() -> new TerminalAuthException("terminal token revoked or unknown"));
    }

    public boolean isOnline(MeetingRoom room) {
        Instant seen = room.lastSeenAt();
        return seen != null && !seen.isBefore(clock.instant().minus(properties.onlineWindow()));
    }

    private void requireKnownRegion(String code, String field) {
        if (regions.find(code).isEmpty()) {
            throw InvalidInputException.of(field, "region.unknown", "unknown region " + code);
        }
    }

    private static String describe(MeetingRoom r) {
        return "name=" + r.name() + ", region=" + r.regionCode() + ", capacity=" + r.capacity() + ", active="
                + r.active() + ", contact=" + r.contactName();
    }
}
