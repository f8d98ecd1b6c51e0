package cn.gov.egov.conference.conference.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.egov.conference.conference.ConferenceDraft;
import cn.gov.egov.conference.conference.ConferenceKind;
import cn.gov.egov.conference.conference.InviteeContact;

/**
 * Body of POST and PUT /api/v1/conferences; times are wall-clock times in {@code timeZone}. {@code inviteeContacts}
 * (optional) tell how to reach invitees by e-mail and SMS; the portal fills them in from its user accounts.
 */
record ConferenceRequest(String title, ConferenceKind kind, String organiserRegion, UUID mainRoomId,
                         Set<UUID> roomIds, Set<String> invitees, LocalDateTime start, LocalDateTime end,
                         String timeZone, String rrule, List<LocalDateTime> exceptions, String description,
                         List<InviteeContact> inviteeContacts) {

    ConferenceDraft toDraft() {
        return new ConferenceDraft(title, kind, organiserRegion, mainRoomId, roomIds, invitees, start, end, timeZone,
                rrule, exceptions, description, inviteeContacts);
    }
}
