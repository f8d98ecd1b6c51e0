package cn.gov.egov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Back-off: one minute doubled after each failure, at most an hour; FAILED after the sixth attempt. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 6);

    @Test
    void delaysDoubleUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(policy::delayAfter).map(Duration::toMinutes).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givesUpAfterMaxAttempts() {
        assertThat(policy.exhausted(5)).isFalse();
        assertThat(policy.exhausted(6)).isTrue();
        assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsComeFromTheProperties() {
        NotificationProperties p = new NotificationProperties(Duration.ofSeconds(10), 50, 6, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(1), null, null);
        assertThat(p.retryPolicy()).isEqualTo(policy);
        assertThatThrownBy(() -> new NotificationProperties(Duration.ofSeconds(10), 0, 6, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(1), null, null))
                .hasMessageContaining("batch-size");
    }
}
