package cn.gov.egov.portal.learning.playback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; its zoned copies follow it. Replaces the application's clock in tests. */
public final class TestClock extends Clock {

    private final Instant[] now;
    private final ZoneId zone;

    public TestClock(Instant start) {
        this(new Instant[] {start}, ZoneOffset.UTC);
    }

    private TestClock(Instant[] now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public synchronized void advance(Duration d) {
        now[0] = now[0].plus(d);
    }

    @Override
    public synchronized Instant instant() {
        return now[0];
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TestClock(now, newZone);
    }
}
