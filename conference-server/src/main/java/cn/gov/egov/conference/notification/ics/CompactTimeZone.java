package cn.gov.egov.conference.notification.ics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE holding only the zone's current rules, from the JDK's time-zone data: one STANDARD observance for a
 * zone without daylight saving (Asia/Shanghai), or a STANDARD and a DAYLIGHT observance with yearly rules. This is
 * the shape Google Calendar and Outlook send; ical4j's bundled definitions carry every historical change, and
 * ical4j 4.2.3 misreads its own Asia/Shanghai one (it yields +09:00 today). Plain Java.
 */
public final class CompactTimeZone {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private CompactTimeZone() {
    }

    /** The zone's VTIMEZONE as it applies around {@code at}. */
    public static VTimeZone of(ZoneId zone, Instant at) {
        ZoneRules rules = zone.getRules();
        List<Observance> observances = new ArrayList<>();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(at);
            observances.add(observance(false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null,
                    abbreviation(zone, at)));
        } else {
            int year = at.atZone(zone).getYear();
            for (ZoneOffsetTransitionRule r : yearly) {
                ZoneOffsetTransition t = r.createTransition(1970);
                boolean daylight = t.getOffsetAfter().getTotalSeconds() > r.getStandardOffset().getTotalSeconds();
                observances.add(observance(daylight, t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter(),
                        yearlyRule(r), abbreviation(zone, r.createTransition(year).getInstant().plusSeconds(1))));
            }
        }
        VTimeZone tz = new VTimeZone();
        tz.add(new TzId(zone.getId()));
        observances.forEach(tz::add);
        return tz;
    }

    private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to,
                                         String rule, String name) {
        Observance o = daylight ? new Daylight() : new Standard();
        o.add(new DtStart<>(LOCAL.format(start)));
        o.add(new TzOffsetFrom(from));
        o.add(new TzOffsetTo(to));
        if (name != null) {
            o.add(new TzName(name));
        }
        if (rule != null) {
            o.add(new RRule<>(rule));
        }
        return o;
    }

    /** The JDK's rule ("the last Sunday of March", "the Sunday on or after the 8th") as an RFC 5545 RRULE. */
    static String yearlyRule(ZoneOffsetTransitionRule r) {
        StringBuilder rule = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(r.getMonth().getValue());
        int day = r.getDayOfMonthIndicator();
        DayOfWeek dow = r.getDayOfWeek();
        if (dow == null) {
            return rule.append(";BYMONTHDAY=").append(day).toString();
        }
        String d = DAYS[dow.getValue() - 1];
        if (day == -1) {
            return rule.append(";BYDAY=-1").append(d).toString();
        }
        if (day > 0 && r.getMonth().minLength() == r.getMonth().maxLength() && day + 6 == r.getMonth().maxLength()) {
            return rule.append(";BYDAY=-1").append(d).toString();
        }
        if (day > 0 && (day - 1) % 7 == 0) {
            return rule.append(";BYDAY=").append((day - 1) / 7 + 1).append(d).toString();
        }
        // "the <dow> on or after <day>" (or on or before, counting from the month's end): a window of seven days
        List<String> window = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            window.add(String.valueOf(day > 0 ? day + i : day - i));
        }
        return rule.append(";BYMONTHDAY=").append(String.join(",", window)).append(";BYDAY=").append(d).toString();
    }

    private static String abbreviation(ZoneId zone, Instant at) {
        String name = ABBREVIATION.format(at.atZone(zone));
        return name.isBlank() || name.startsWith("GMT") || name.startsWith("UTC") ? null : name;
    }
}
