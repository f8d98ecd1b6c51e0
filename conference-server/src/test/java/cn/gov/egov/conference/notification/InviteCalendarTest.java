package cn.gov.egov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;

import cn.gov.egov.conference.conference.ConferenceRules;
import cn.gov.egov.conference.notification.ics.InviteCalendar;

/** The invitation parses back with ical4j and expands to exactly the occurrences the scheduler booked. */
class InviteCalendarTest {

    private static final InviteCalendar.Party ORGANISER = new InviteCalendar.Party("noreply@egov.local", "政务视频会议系统");
    private static final InviteCalendar.Party ATTENDEE = new InviteCalendar.Party("duty@km.gov.cn", "值班员（昆明）");

    @Test
    void requestCarriesUidSequenceZonedTimesRuleAndExceptions() {
        // 07:30 on Mondays in Beijing is still Sunday in UTC: a rule written in UTC would land on Tuesdays
        ConferenceRules.Plan plan = FactsFixture.plan(LocalDateTime.of(2025, 6, 2, 7, 30),
                LocalDateTime.of(2025, 6, 2, 9, 0), "Asia/Shanghai", "FREQ=WEEKLY;BYDAY=MO;COUNT=6",
                List.of(LocalDateTime.of(2025, 6, 16, 7, 30)));
        ConferenceFacts f = FactsFixture.facts(plan, 3);
        String ics = InviteCalendar.build(f, false, ORGANISER, ATTENDEE, FactsFixture.NOW, "说明");

        assertThat(ics).contains("METHOD:REQUEST\r\n").contains("DTSTART;TZID=Asia/Shanghai:20250602T073000\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n").contains("TZOFFSETTO:+0800");
        Calendar c = Mails.parse(ics);
        assertThat(c.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent e = Mails.event(c);
        assertThat(Mails.property(e, "UID")).isEqualTo(f.id() + "@egov-platform");
        assertThat(Mails.property(e, "SEQUENCE")).isEqualTo("3");
        assertThat(Mails.property(e, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(Mails.property(e, "SUMMARY")).isEqualTo("全省安全生产视频会议");
        assertThat(Mails.property(e, "LOCATION")).isEqualTo("省政府第一视频会议室，昆明市五华山");
        assertThat(Mails.property(e, "RRULE")).contains("FREQ=WEEKLY").contains("BYDAY=MO")
                .doesNotContain("COUNT").contains("UNTIL=" + "20250706T233000Z");
        assertThat(Mails.property(e, "ORGANIZER")).isEqualTo("mailto:noreply@egov.local");
        assertThat(Mails.property(e, "ATTENDEE")).isEqualTo("mailto:duty@km.gov.cn");
        assertThat(instant(e.getDateTimeStart().getDate())).isEqualTo(plan.slots().getFirst().start());

        Set<Instant> expanded = new TreeSet<>();
        ZonedDateTime from = ZonedDateTime.parse("2025-05-01T00:00:00Z");
        for (Object o : e.calculateRecurrenceSet(new Period<>(from, from.plusYears(1)))) {
            expanded.add(instant(((Period<?>) o).getStart()));
        }
        assertThat(expanded).containsExactlyElementsOf(
                plan.slots().stream().map(ConferenceRules.Slot::start).sorted().toList());
        assertThat(expanded).hasSize(5).doesNotContain(Instant.parse("2025-06-15T23:30:00Z"));
    }

    @Test
    void cancellationWithdrawsTheSameEvent() {
        ConferenceFacts f = FactsFixture.facts(FactsFixture.plan(LocalDateTime.of(2025, 6, 2, 9, 0),
                LocalDateTime.of(2025, 6, 2, 10, 0), null, null, List.of()), 2);
        Calendar c = Mails.parse(InviteCalendar.build(f, true, ORGANISER, ATTENDEE, FactsFixture.NOW, null));
        assertThat(c.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent e = Mails.event(c);
        assertThat(Mails.property(e, "UID")).isEqualTo(f.id() + "@egov-platform");
        assertThat(Mails.property(e, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Mails.property(e, "SEQUENCE")).isEqualTo("2");
        assertThat(e.getProperty("RRULE")).isEmpty();
    }

    @Test
    void aZoneWithDaylightSavingGetsYearlyObservancesThatIcal4jReadsRight() {
        ConferenceRules.Plan plan = FactsFixture.plan(LocalDateTime.of(2026, 3, 23, 9, 0),
                LocalDateTime.of(2026, 3, 23, 10, 0), "Europe/Berlin", "FREQ=WEEKLY;COUNT=3", List.of());
        ConferenceFacts f = FactsFixture.facts(plan, 0);
        String ics = InviteCalendar.build(f, false, ORGANISER, ATTENDEE, FactsFixture.NOW, null);
        assertThat(ics).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        VEvent e = Mails.event(Mails.parse(ics));
        Set<Instant> expanded = new TreeSet<>();
        ZonedDateTime from = ZonedDateTime.parse("2026-03-01T00:00:00Z");
        for (Object o : e.calculateRecurrenceSet(new Period<>(from, from.plusMonths(2)))) {
            expanded.add(instant(((Period<?>) o).getStart()));
        }
        // 09:00 CET, then 09:00 CEST after the change on 29 March
        assertThat(expanded).containsExactly(Instant.parse("2026-03-23T08:00:00Z"),
                Instant.parse("2026-03-30T07:00:00Z"), Instant.parse("2026-04-06T07:00:00Z"));
    }

    @Test
    void boundedRuleReplacesCountAndUntil() {
        Instant last = Instant.parse("2025-07-06T23:30:00Z");
        assertThat(InviteCalendar.boundedRule("freq=daily;count=5;interval=2", last))
                .isEqualTo("FREQ=DAILY;INTERVAL=2;UNTIL=20250706T233000Z");
        assertThat(InviteCalendar.boundedRule("FREQ=WEEKLY;UNTIL=20251231", last))
                .isEqualTo("FREQ=WEEKLY;UNTIL=20250706T233000Z");
    }

    private static Instant instant(Object temporal) {
        return Instant.from((Temporal) temporal);
    }
}
