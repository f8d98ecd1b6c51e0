package cn.gov.egov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.notification.ics.CompactTimeZone;

/** VTIMEZONEs with only the current rules, as calendar programs expect them. */
class CompactTimeZoneTest {

    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void beijingTimeIsOneStandardObservance() {
        String tz = CompactTimeZone.of(ZoneId.of("Asia/Shanghai"), JUNE).toString();
        assertThat(tz).contains("TZID:Asia/Shanghai").contains("BEGIN:STANDARD").doesNotContain("DAYLIGHT")
                .contains("DTSTART:19700101T000000").contains("TZOFFSETFROM:+0800").contains("TZOFFSETTO:+0800")
                .contains("TZNAME:CST");
    }

    @Test
    void daylightSavingZonesGetYearlyRules() {
        String berlin = CompactTimeZone.of(ZoneId.of("Europe/Berlin"), JUNE).toString();
        assertThat(berlin).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZNAME:CEST",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZOFFSETTO:+0200");
        String newYork = CompactTimeZone.of(ZoneId.of("America/New_York"), JUNE).toString();
        assertThat(newYork).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400");
    }
}
