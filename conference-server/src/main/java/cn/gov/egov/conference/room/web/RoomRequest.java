package cn.gov.egov.conference.room.web;

import cn.gov.egov.conference.room.RoomDraft;

/** Body of POST and PUT /api/v1/rooms. {@code active} is ignored on create. */
record RoomRequest(String regionCode, String name, String address, Integer capacity, String contactName,
                   String contactPhone, String contactEmail, String equipment, Boolean active) {

    RoomDraft toDraft() {
        return new RoomDraft(regionCode, name, address, capacity == null ? 0 : capacity, contactName, contactPhone,
                contactEmail, equipment);
    }
}
