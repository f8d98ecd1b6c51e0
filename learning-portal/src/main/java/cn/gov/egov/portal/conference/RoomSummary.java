package cn.gov.egov.portal.conference;

import java.util.UUID;

/** A meeting room as conference-server's API returns it. */
public record RoomSummary(UUID id, String regionCode, String name, String address, int capacity) {
}
