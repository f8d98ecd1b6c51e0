package cn.gov.egov.conference.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceDraft;
import cn.gov.egov.conference.conference.ConferenceKind;
import cn.gov.egov.conference.conference.ConferenceRules;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.conference.OccurrenceState;
import cn.gov.egov.conference.room.MeetingRoom;

/** Conferences as the scheduling rules plan them, turned into {@link ConferenceFacts}, for the pure tests. */
final class FactsFixture {

    static final UUID MAIN = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    static final Instant NOW = Instant.parse("2025-05-01T00:00:00Z");

    private FactsFixture() {
    }

    /** The plan the real scheduling rules make of this draft. */
    static ConferenceRules.Plan plan(LocalDateTime start, LocalDateTime end, String zone, String rrule,
                                     List<LocalDateTime> exceptions) {
        ConferenceDraft d = new ConferenceDraft("全省安全生产视频会议", ConferenceKind.MEETING, "530000", MAIN,
                new LinkedHashSet<>(List.of(MAIN, SECOND)), Set.of(), start, end, zone, rrule, exceptions,
                "请各地做好汇报准备");
        return ConferenceRules.plan(d, NOW, ConferenceRules.Limits.defaults());
    }

    static ConferenceFacts facts(ConferenceRules.Plan plan, long version) {
        ConferenceDraft d = plan.draft();
        UUID id = UUID.fromString("5f2c7a52-3f49-4a5e-9a8e-2f1c8f0d1e77");
        Conference c = new Conference(id, d.title(), d.kind(), d.organiserRegion(), d.mainRoomId(), d.roomIds(),
                d.invitees(), plan.slots().getFirst().start(), plan.slots().getFirst().end(), d.timeZone(), d.rrule(),
                d.exceptions(), d.description(), false, "admin", version);
        List<MeetingRoom> rooms = List.of(
                room(SECOND, "530102", "五华区政府视频会议室", "昆明市五华区"),
                room(MAIN, "530000", "省政府第一视频会议室", "昆明市五华山"));
        List<Occurrence> occurrences = new ArrayList<>();
        for (ConferenceRules.Slot s : plan.slots()) {
            occurrences.add(new Occurrence(UUID.randomUUID(), id, s.seq(), s.start(), s.end(),
                    OccurrenceState.SCHEDULED));
        }
        return ConferenceFacts.of(c, rooms, occurrences);
    }

    private static MeetingRoom room(UUID id, String region, String name, String address) {
        return new MeetingRoom(id, region, name, address, 50, "值班员", "13800000000", "duty@example.gov.cn", null,
                true, 0, null, null);
    }
}
