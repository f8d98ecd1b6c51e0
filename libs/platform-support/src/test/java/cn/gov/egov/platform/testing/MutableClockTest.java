package cn.gov.egov.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MutableClockTest {

    @Test
    void standsStillUntilMovedAndZonedCopiesFollow() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
        var shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));

        clock.advance(Duration.ofMinutes(5));
        clock.advanceSeconds(30);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T00:05:30Z"));
        assertThat(shanghai.instant()).isEqualTo(clock.instant());
        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        clock.set(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(shanghai.instant()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }
}
