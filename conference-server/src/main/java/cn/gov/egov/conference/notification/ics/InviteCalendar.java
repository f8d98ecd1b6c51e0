package cn.gov.egov.conference.notification.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import cn.gov.egov.conference.notification.ConferenceFacts;
import cn.gov.egov.conference.notification.ConferenceFacts.Venue;

/**
 * The iCalendar (RFC 5545/5546) invitation of a conference: METHOD:REQUEST with one VEVENT, or METHOD:CANCEL to
 * withdraw it. The UID is stable per conference and SEQUENCE is its version, so calendar programs update the entry
 * they have. Times are wall-clock times with the conference's TZID and a compact VTIMEZONE; a series carries its
 * RRULE with COUNT/UNTIL replaced by an UTC UNTIL at its last occurrence (so the expansion cannot drift from ours)
 * and its exceptions as EXDATE. Plain Java.
 */
public final class InviteCalendar {

    public static final String PRODUCT = "-//egov-platform//conference-server 1.0//ZH";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private InviteCalendar() {
    }

    /** An organiser or attendee: a mail address and a display name (may be null). */
    public record Party(String email, String name) {
    }

    public static String uid(UUID conferenceId) {
        return conferenceId + "@egov-platform";
    }

    /**
     * @param withdraw    true to withdraw the event (cancellation, or the attendee no longer takes part)
     * @param description the event's DESCRIPTION (the notice text)
     */
    public static String build(ConferenceFacts f, boolean withdraw, Party organiser, Party attendee, Instant stamp,
                               String description) {
        TzId tz = new TzId(f.zone().getId());
        VEvent e = new VEvent(false);
        e.add(new Uid(uid(f.id())));
        e.add(new DtStamp(stamp));
        e.add(new Sequence((int) Math.min(f.version(), Integer.MAX_VALUE)));
        e.add(zoned(new DtStart<>(local(f, f.firstStart())), tz));
        e.add(zoned(new DtEnd<>(local(f, f.firstEnd())), tz));
        e.add(new Summary(f.title()));
        e.add(new Location(location(f.mainVenue())));
        if (description != null) {
            e.add(new Description(description));
        }
        e.add(new Organizer(new ParameterList(cn(organiser.name())), mailto(organiser.email())));
        if (attendee != null) {
            List<net.fortuna.ical4j.model.Parameter> p = new java.util.ArrayList<>(cn(attendee.name()));
            p.addAll(List.of(Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE));
            e.add(new Attendee(new ParameterList(p), mailto(attendee.email())));
        }
        e.add(withdraw ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        e.add(ImmutableTransp.OPAQUE);
        if (f.recurring()) {
            e.add(new RRule<>(boundedRule(f.rrule(), f.lastStart())));
            if (!f.exceptions().isEmpty()) {
                e.add(zoned(new ExDate<>(new DateList<>(f.exceptions())), tz));
            }
        }
        Calendar c = new Calendar();
        c.add(new ProdId(PRODUCT));
        c.add(ImmutableVersion.VERSION_2_0);
        c.add(ImmutableCalScale.GREGORIAN);
        c.add(withdraw ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        c.add(CompactTimeZone.of(f.zone(), f.firstStart()));
        c.add(e);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(c, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /** The rule with COUNT and UNTIL replaced by {@code UNTIL=<last start, UTC>}. */
    public static String boundedRule(String rule, Instant lastStart) {
        String parts = Arrays.stream(rule.strip().toUpperCase(Locale.ROOT).split(";"))
                .filter(p -> !p.isBlank() && !p.startsWith("COUNT=") && !p.startsWith("UNTIL="))
                .collect(Collectors.joining(";"));
        return parts + ";UNTIL=" + UTC.format(lastStart);
    }

    private static LocalDateTime local(ConferenceFacts f, Instant i) {
        return LocalDateTime.ofInstant(i, f.zone());
    }

    private static <P extends net.fortuna.ical4j.model.Property> P zoned(P property, TzId tz) {
        property.add(tz);
        return property;
    }

    private static List<net.fortuna.ical4j.model.Parameter> cn(String name) {
        return name == null || name.isBlank() ? List.of() : List.of(new Cn(name));
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a mail address: " + email, e);
        }
    }

    private static String location(Venue v) {
        return v.address() == null || v.address().isBlank() ? v.name() : v.name() + "，" + v.address();
    }
}
