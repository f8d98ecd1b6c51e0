package cn.gov.egov.conference.conference;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.gov.egov.conference.system.errors.InvalidInputException;
import cn.gov.egov.conference.system.errors.InvalidInputException.FieldError;
import cn.gov.egov.region.Region;

/**
 * The scheduling rules that need no database: field limits, times, duration, recurrence. Turns a draft into a
 * {@link Plan} of concrete occurrences, or throws {@link InvalidInputException} listing every broken rule.
 */
public final class ConferenceRules {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /** Limits, configurable per deployment. */
    public record Limits(Duration maxDuration, int maxOccurrences, int maxRooms, int maxInvitees,
                         Duration pastTolerance, Duration horizon) {
        public static Limits defaults() {
            return new Limits(Duration.ofHours(24), 500, 500, 2000, Duration.ofMinutes(1), Duration.ofDays(5 * 366));
        }
    }

    /** One concrete occurrence: its number in the series and its UTC interval. */
    public record Slot(int seq, Instant start, Instant end) {
    }

    /** A valid draft (trimmed), its zone and its occurrences, first to last. */
    public record Plan(ConferenceDraft draft, ZoneId zone, List<Slot> slots) {
    }

    private ConferenceRules() {
    }

    public static Plan plan(ConferenceDraft d, Instant now, Limits limits) {
        List<FieldError> errors = new ArrayList<>();
        String title = d.title() == null ? null : d.title().strip();
        if (title == null || title.isEmpty()) {
            errors.add(new FieldError("title", "title.required", "title is required"));
        } else if (title.length() > 100) {
            errors.add(new FieldError("title", "title.too-long", "title must be at most 100 characters"));
        }
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "kind.required", "kind is required (MEETING or TRAINING)"));
        }
        if (!Region.isWellFormedCode(d.organiserRegion())) {
            errors.add(new FieldError("organiserRegion", "region.malformed", "organiser region must be six digits"));
        }
        Set<UUID> rooms = d.roomIds() == null ? Set.of() : new LinkedHashSet<>(d.roomIds());
        if (rooms.isEmpty()) {
            errors.add(new FieldError("roomIds", "rooms.required", "at least one meeting room must take part"));
        } else if (rooms.size() > limits.maxRooms()) {
            errors.add(new FieldError("roomIds", "rooms.too-many", "at most " + limits.maxRooms() + " rooms"));
        }
        if (d.mainRoomId() == null || !rooms.contains(d.mainRoomId())) {
            errors.add(new FieldError("mainRoomId", "main-room.not-participant",
                    "the main venue must be one of the participating rooms"));
        }
        Set<String> invitees = d.invitees() == null ? Set.of() : new LinkedHashSet<>(d.invitees());
        if (invitees.size() > limits.maxInvitees()) {
            errors.add(new FieldError("invitees", "invitees.too-many", "at most " + limits.maxInvitees() + " invitees"));
        } else if (invitees.stream().anyMatch(u -> u == null || !USERNAME.matcher(u).matches())) {
            errors.add(new FieldError("invitees", "invitees.malformed", "invitees must be portal user names"));
        }
        List<InviteeContact> contacts = InviteeContact.validate(d.inviteeContacts(), invitees, errors);
        String description = d.description() == null ? null : d.description().strip();
        if (description != null && description.length() > 4000) {
            errors.add(new FieldError("description", "description.too-long", "description: at most 4000 characters"));
        }
        ZoneId zone = zone(d.timeZone(), errors);
        List<Slot> slots = List.of();
        if (d.start() == null || d.end() == null) {
            errors.add(new FieldError("start", "time.required", "start and end are required"));
        } else if (zone != null) {
            slots = slots(d, zone, now, limits, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ConferenceDraft clean = new ConferenceDraft(title, d.kind(), d.organiserRegion(), d.mainRoomId(), rooms,
                invitees, d.start(), d.end(), zone.getId(), blankToNull(d.rrule()),
                d.exceptions() == null ? List.of() : List.copyOf(d.exceptions()), description, contacts);
        return new Plan(clean, zone, slots);
    }

    private static ZoneId zone(String id, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "time-zone.unknown", "unknown time zone " + id));
            return null;
        }
    }

    private static List<Slot> slots(ConferenceDraft d, ZoneId zone, Instant now, Limits limits,
                                    List<FieldError> errors) {
        ZonedDateTime start = d.start().atZone(zone);
        ZonedDateTime end = d.end().atZone(zone);
        Duration length = Duration.between(start, end);
        if (length.isNegative()) {
            errors.add(new FieldError("end", "end.before-start", "the end must be after the start"));
            return List.of();
        }
        if (length.isZero()) {
            errors.add(new FieldError("end", "duration.zero", "a conference must last longer than zero minutes"));
            return List.of();
        }
        if (length.compareTo(limits.maxDuration()) > 0) {
            errors.add(new FieldError("end", "duration.too-long",
                    "a conference may last at most " + limits.maxDuration().toHours() + " hours"));
            return List.of();
        }
        if (start.toInstant().isBefore(now.minus(limits.pastTolerance()))) {
            errors.add(new FieldError("start", "start.past", "the start is in the past"));
            return List.of();
        }
        List<ZonedDateTime> starts;
        if (d.rrule() == null || d.rrule().isBlank()) {
            starts = List.of(start);
        } else {
            try {
                starts = new ArrayList<>(Recurrence.expand(d.rrule(), start, start.plus(limits.horizon()),
                        limits.maxOccurrences() + 1 + (d.exceptions() == null ? 0 : d.exceptions().size())));
            } catch (Recurrence.MalformedRuleException e) {
                errors.add(new FieldError("rrule", "rrule.malformed", e.getMessage()));
                return List.of();
            }
            Set<LocalDateTime> skip = d.exceptions() == null ? Set.of() : new HashSet<>(d.exceptions());
            starts.removeIf(s -> skip.contains(s.toLocalDateTime()));
            if (starts.size() > limits.maxOccurrences()) {
                errors.add(new FieldError("rrule", "rrule.too-many",
                        "the recurrence produces more than " + limits.maxOccurrences() + " occurrences"));
                return List.of();
            }
            if (starts.isEmpty()) {
                errors.add(new FieldError("rrule", "rrule.empty", "the recurrence leaves no occurrence"));
                return List.of();
            }
        }
        List<Slot> slots = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            ZonedDateTime s = starts.get(i);
            slots.add(new Slot(i + 1, s.toInstant(), s.plus(length).toInstant()));
        }
        return slots;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
