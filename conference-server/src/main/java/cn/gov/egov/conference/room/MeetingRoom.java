package cn.gov.egov.conference.room;

import java.util.UUID;

/** A registered meeting room (会议室) with its video terminal, in one region. */
public record MeetingRoom(UUID id, String regionCode, String name, String address, int capacity) {
}
