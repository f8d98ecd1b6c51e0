package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.egov.region.Region;

/** The seeded meeting rooms, one per region, each with a dense index for the occupancy bitmaps. */
final class RoomDirectory {

    /** A room the server created, in its region. */
    record Room(int index, UUID id, Region region) {
    }

    private final List<Room> rooms = new ArrayList<>();
    private final Map<String, Room> byRegion = new HashMap<>();

    synchronized void add(UUID id, Region region) {
        if (byRegion.containsKey(region.code())) {
            throw new IllegalArgumentException("two rooms for region " + region.code());
        }
        Room room = new Room(rooms.size(), id, region);
        rooms.add(room);
        byRegion.put(region.code(), room);
    }

    Room of(String regionCode) {
        Room r = byRegion.get(regionCode);
        if (r == null) {
            throw new IllegalArgumentException("no room in region " + regionCode);
        }
        return r;
    }

    /** Every room, in the order they were added. */
    List<Room> all() {
        return List.copyOf(rooms);
    }

    int size() {
        return rooms.size();
    }
}
