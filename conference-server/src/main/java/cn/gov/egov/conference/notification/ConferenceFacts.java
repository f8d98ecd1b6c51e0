package cn.gov.egov.conference.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceKind;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.room.MeetingRoom;

/**
 * What notices and invitations say about a conference, read once when it changes. Plain data.
 *
 * @param zone       the zone its wall-clock times and recurrence are defined in
 * @param rrule      the RFC 5545 rule without the {@code RRULE:} prefix; null for a single meeting
 * @param exceptions start times (wall clock in {@code zone}) left out of the series
 * @param version    the conference's version, the invitation's SEQUENCE
 * @param venues     every participating room, main venue first
 * @param occurrences how many occurrences the series has
 */
public record ConferenceFacts(UUID id, String title, ConferenceKind kind, String organiserRegion, ZoneId zone,
                              Instant firstStart, Instant firstEnd, String rrule, List<LocalDateTime> exceptions,
                              String description, long version, Venue mainVenue, List<Venue> venues,
                              int occurrences, Instant lastStart, Instant lastEnd) {

    /** A participating room as the notice names it. */
    public record Venue(String name, String address) {
    }

    public boolean recurring() {
        return rrule != null;
    }

    public static ConferenceFacts of(Conference c, List<MeetingRoom> rooms, List<Occurrence> occurrences) {
        Map<UUID, MeetingRoom> byId = rooms.stream().collect(Collectors.toMap(MeetingRoom::id, Function.identity()));
        MeetingRoom main = byId.get(c.mainRoomId());
        Venue mainVenue = main == null ? new Venue("?", null) : new Venue(main.name(), main.address());
        List<Venue> venues = rooms.stream()
                .sorted(Comparator.comparing((MeetingRoom r) -> !r.id().equals(c.mainRoomId()))
                        .thenComparing(MeetingRoom::regionCode).thenComparing(MeetingRoom::name))
                .map(r -> new Venue(r.name(), r.address())).toList();
        Occurrence last = occurrences.stream().max(Comparator.comparing(Occurrence::start)).orElse(null);
        String rule = c.rrule() == null ? null : stripPrefix(c.rrule());
        return new ConferenceFacts(c.id(), c.title(), c.kind(), c.organiserRegion(), ZoneId.of(c.timeZone()),
                c.firstStart(), c.firstEnd(), rule, c.exceptions(), c.description(), c.version(), mainVenue, venues,
                Math.max(occurrences.size(), 1), last == null ? c.firstStart() : last.start(),
                last == null ? c.firstEnd() : last.end());
    }

    private static String stripPrefix(String rule) {
        String r = rule.strip();
        return r.regionMatches(true, 0, "RRULE:", 0, 6) ? r.substring(6) : r;
    }
}
