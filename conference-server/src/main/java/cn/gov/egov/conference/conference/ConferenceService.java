package cn.gov.egov.conference.conference;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.egov.conference.audit.AuditLog;
import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.conference.authority.ForbiddenException;
import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.MeetingRoomRepository;
import cn.gov.egov.conference.system.errors.InvalidInputException;
import cn.gov.egov.conference.system.errors.InvalidInputException.FieldError;
import cn.gov.egov.conference.system.errors.NotFoundException;
import cn.gov.egov.conference.system.errors.StaleVersionException;
import cn.gov.egov.region.RegionTree;

/** Scheduling, changing and cancelling conferences, with no room ever booked twice. */
@Service
public class ConferenceService {

    private final ConferenceRepository conferences;
    private final MeetingRoomRepository rooms;
    private final Authority authority;
    private final RegionTree regions;
    private final AuditLog audit;
    private final ConferenceProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final InviteeContactRepository contacts;

    public ConferenceService(ConferenceRepository conferences, MeetingRoomRepository rooms, Authority authority,
                             RegionTree regions, AuditLog audit, ConferenceProperties properties, Clock clock,
                             TransactionTemplate tx, ApplicationEventPublisher events,
                             InviteeContactRepository contacts) {
        this.conferences = conferences;
        this.contacts = contacts;
        this.rooms = rooms;
        this.authority = authority;
        this.regions = regions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
    }

    public Conference schedule(Actor actor, ConferenceDraft draft) {
        ConferenceRules.Plan plan = checkedPlan(actor, draft);
        ConferenceDraft d = plan.draft();
        UUID id = UUID.randomUUID();
        Conference c = toConference(id, d, plan, actor.username(), 0);
        return book(id, plan, () -> {
            conferences.insert(c);
            conferences.insertOccurrences(id, d.roomIds(), plan.slots(), this::stateOf);
            contacts.remember(d.inviteeContacts(), clock.instant());
            audit.allowed(actor, "CONFERENCE_SCHEDULE", "CONFERENCE", id.toString(), d.organiserRegion(),
                    describe(c, plan.slots().size()));
            events.publishEvent(new ConferenceEvent(ConferenceEvent.Type.SCHEDULED, id, null));
        });
    }

    public Conference update(Actor actor, UUID id, ConferenceDraft draft, long expectedVersion) {
        Conference before = conferences.find(id).orElseThrow(() -> new NotFoundException("no conference " + id));
        authority.requireManage(actor, before.organiserRegion());
        if (before.cancelled()) {
            throw InvalidInputException.of("id", "conference.cancelled", "a cancelled conference cannot be changed");
        }
        if (!before.firstStart().isAfter(clock.instant())) {
            throw InvalidInputException.of("start", "conference.started",
                    "a conference that has started cannot be rescheduled; cancel it or schedule a new one");
        }
        ConferenceRules.Plan plan = checkedPlan(actor, draft);
        Conference after = toConference(id, plan.draft(), plan, before.createdBy(), before.version());
        return book(id, plan, () -> {
            if (!conferences.update(after, expectedVersion)) {
                throw new StaleVersionException("conference " + id, before.version());
            }
            conferences.insertOccurrences(id, after.roomIds(), plan.slots(), this::stateOf);
            contacts.remember(plan.draft().inviteeContacts(), clock.instant());
            audit.allowed(actor, "CONFERENCE_UPDATE", "CONFERENCE", id.toString(), after.organiserRegion(),
                    "before: " + describe(before, -1) + " | after: " + describe(after, plan.slots().size()));
            events.publishEvent(new ConferenceEvent(ConferenceEvent.Type.CHANGED, id, null));
        });
    }

    public Conference cancel(Actor actor, UUID id, long expectedVersion) {
        return tx.execute(status -> {
            Conference c = conferences.find(id).orElseThrow(() -> new NotFoundException("no conference " + id));
            authority.requireManage(actor, c.organiserRegion());
            if (c.version() != expectedVersion) {
                throw new StaleVersionException("conference " + id, c.version());
            }
            if (!c.cancelled()) {
                conferences.cancel(id);
                audit.allowed(actor, "CONFERENCE_CANCEL", "CONFERENCE", id.toString(), c.organiserRegion(),
                        describe(c, -1));
                events.publishEvent(new ConferenceEvent(ConferenceEvent.Type.CANCELLED, id, null));
            }
            return conferences.find(id).orElseThrow();
        });
    }

    /** Would these rooms and times collide with another conference? For live feedback while filling the form. */
    public Optional<BookingConflict> check(Actor actor, ConferenceDraft draft, UUID self) {
        ConferenceRules.Plan plan = checkedPlan(actor, draft);
        return conferences.findConflict(self, plan.draft().roomIds(), plan.slots());
    }

    public Conference get(Actor actor, UUID id) {
        Conference c = conferences.find(id).orElseThrow(() -> new NotFoundException("no conference " + id));
        boolean visible = regions.isWithin(c.organiserRegion(), actor.regionCode())
                || c.invitees().contains(actor.username())
                || rooms.findAll(c.roomIds()).stream().anyMatch(r -> regions.isWithin(r.regionCode(),
                        actor.regionCode()));
        if (!visible) {
            throw new ForbiddenException("conference " + id + " is outside your region", c.organiserRegion());
        }
        return c;
    }

    public List<Occurrence> occurrences(Actor actor, UUID id) {
        get(actor, id);
        return conferences.occurrences(id);
    }

    /** The acting user's own coming and running conferences (invited or organised), for the next 30 days. */
    public List<ConferenceRepository.CalendarEntry> mine(Actor actor) {
        Instant now = clock.instant();
        return conferences.ofUser(actor.username(), now.minus(properties.grace()), now.plus(Duration.ofDays(30)));
    }

    public List<ConferenceRepository.CalendarEntry> calendar(Actor actor, String regionCode, Instant from,
                                                             Instant to) {
        if (regions.find(regionCode).isEmpty()) {
            throw InvalidInputException.of("region", "region.unknown", "unknown region " + regionCode);
        }
        authority.requireVisible(actor, regionCode);
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(properties.maxCalendarSpan()) > 0) {
            throw InvalidInputException.of("to", "calendar.span",
                    "the calendar span must be positive and at most " + properties.maxCalendarSpan().toDays() + " days");
        }
        return conferences.calendar(regions.get(regionCode).subtreePrefix(), from, to);
    }

    private OccurrenceState stateOf(Instant start, Instant end) {
        return OccurrenceState.at(clock.instant(), start, end, false, properties.joinWindow(), properties.grace());
    }

    /** Rules that need the database and the region tree, on top of {@link ConferenceRules}. */
    private ConferenceRules.Plan checkedPlan(Actor actor, ConferenceDraft draft) {
        ConferenceRules.Plan plan = ConferenceRules.plan(draft, clock.instant(), properties.limits());
        ConferenceDraft d = plan.draft();
        if (regions.find(d.organiserRegion()).isEmpty()) {
            throw InvalidInputException.of("organiserRegion", "region.unknown", "unknown region " + d.organiserRegion());
        }
        authority.requireManage(actor, d.organiserRegion());
        Map<UUID, MeetingRoom> found = rooms.findAll(d.roomIds()).stream()
                .collect(Collectors.toMap(MeetingRoom::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (UUID roomId : d.roomIds()) {
            MeetingRoom r = found.get(roomId);
            if (r == null || !r.active()) {
                errors.add(new FieldError("roomIds", "room.unknown", "unknown or inactive meeting room " + roomId));
            } else if (!regions.isWithin(r.regionCode(), d.organiserRegion())) {
                errors.add(new FieldError("roomIds", "room.outside-region", "room \u300c" + r.name()
                        + "\u300d is outside the organiser's region " + d.organiserRegion()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return plan;
    }

    /** Runs the booking transaction; a conflict, found first or raised by the constraint in a race, is named. */
    private Conference book(UUID id, ConferenceRules.Plan plan, Runnable write) {
        try {
            tx.executeWithoutResult(status -> {
                conferences.findConflict(id, plan.draft().roomIds(), plan.slots()).ifPresent(conflict -> {
                    throw new BookingConflictException(conflict);
                });
                write.run();
            });
        } catch (DataIntegrityViolationException e) {
            if (!isExclusionViolation(e)) {
                throw e;
            }
            throw new BookingConflictException(
                    conferences.findConflict(id, plan.draft().roomIds(), plan.slots()).orElse(null));
        }
        return conferences.find(id).orElseThrow();
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Conference toConference(UUID id, ConferenceDraft d, ConferenceRules.Plan plan, String createdBy,
                                           long version) {
        ConferenceRules.Slot first = plan.slots().getFirst();
        return new Conference(id, d.title(), d.kind(), d.organiserRegion(), d.mainRoomId(), d.roomIds(),
                d.invitees(), first.start(), first.end(), d.timeZone(), d.rrule(), d.exceptions(), d.description(),
                false, createdBy, version);
    }

    private static String describe(Conference c, int occurrences) {
        return "title=" + c.title() + ", kind=" + c.kind() + ", region=" + c.organiserRegion() + ", start="
                + c.firstStart() + ", end=" + c.firstEnd() + ", rrule=" + c.rrule() + ", rooms=" + c.roomIds().size()
                + (occurrences >= 0 ? ", occurrences=" + occurrences : "");
    }
}
