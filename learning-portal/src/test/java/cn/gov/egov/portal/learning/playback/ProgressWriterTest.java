package cn.gov.egov.portal.learning.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.egov.portal.learning.progress.LessonProgress;
import cn.gov.egov.portal.security.PortalUser;

/** The heartbeats' group commit on the real PostgreSQL: newest per lesson wins, nothing lowers, nothing is lost. */
class ProgressWriterTest extends PlaybackEndpointTestBase {

    static LessonProgress at(PortalUser user, UUID lessonId, long millis) {
        return new LessonProgress(user.id(), lessonId, 120_000, millis, millis, millis);
    }

    @Test
    void theNewestBeatOfEachLessonIsStoredWithinTheWriteInterval() {
        PortalUser other = fixtures.learner("530102");
        for (long s = 1; s <= 20; s++) {
            writer.submit(at(learner, lesson, s * 1000), Instant.now());
            writer.submit(at(other, lesson, s * 500), Instant.now());
        }
        // the background writer (50 ms) stores both without anybody asking
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(fixtures.credited(learner, lesson)).isEqualTo(20_000);
            assertThat(fixtures.credited(other, lesson)).isEqualTo(10_000);
        });
    }

    @Test
    void aStaleBeatWrittenLateLowersNothing() {
        writer.submit(at(learner, lesson, 30_000), Instant.now());
        writer.flush();
        writer.submit(at(learner, lesson, 12_000), Instant.now()); // e.g. an old playback's last beat
        writer.flush();
        assertThat(fixtures.credited(learner, lesson)).isEqualTo(30_000);
    }
}
