package cn.gov.egov.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-21T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void locksAfterTheFifthFailureAndUnlocksAfterTheLockout() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("learner");
        }
        assertThat(throttle.isLocked("learner")).isFalse();
        throttle.recordFailure("learner");
        assertThat(throttle.isLocked("learner")).isTrue();
        assertThat(throttle.isLocked("someone-else")).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("learner")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isLocked("learner")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("learner");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.recordFailure("learner");
        assertThat(throttle.isLocked("learner")).isFalse();
    }

    @Test
    void successClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("learner");
        }
        throttle.recordSuccess("learner");
        throttle.recordFailure("learner");
        assertThat(throttle.isLocked("learner")).isFalse();
    }
}
