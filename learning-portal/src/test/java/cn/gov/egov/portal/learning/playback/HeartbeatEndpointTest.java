package cn.gov.egov.portal.learning.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.gov.egov.portal.learning.progress.PlaybackException;
import cn.gov.egov.portal.security.PortalUser;

/**
 * {@code POST /api/learning/heartbeats} through the real security filter chain and the real PostgreSQL, with the
 * application's clock replaced by one the test moves: honest playback is credited and stored; forged heartbeats are
 * refused with a reason and credit nothing; credit never exceeds the wall time that passed.
 */
class HeartbeatEndpointTest extends PlaybackEndpointTestBase {

    @Test
    void honestPlaybackIsCreditedAndStored() throws Exception {
        String s = playback.start(learner, lesson).sessionId();
        advance(15);
        beat(s, 1, 15).andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("ACCEPTED"))
                .andExpect(jsonPath("$.creditedMillis").value(15000))
                .andExpect(jsonPath("$.totalCreditedMillis").value(15000));
        advance(15);
        beat(s, 2, 30).andExpect(status().isOk()).andExpect(jsonPath("$.creditedPercent").value(25));
        assertThat(stored(learner, lesson)).isEqualTo(30_000);
        // resume: a new playback starts where the learner stopped
        assertThat(playback.start(learner, lesson).resumeMillis()).isEqualTo(30_000);
    }

    @Test
    void aPositionJumpIsRefusedAndThePlayerSentBack() throws Exception {
        String s = playback.start(learner, lesson).sessionId();
        advance(15);
        beat(s, 1, 100).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("SEEK_BEYOND_FURTHEST"))
                .andExpect(jsonPath("$.message").value("首次学习不能拖动到尚未观看的位置，已返回最远观看位置"))
                .andExpect(jsonPath("$.creditedMillis").value(0))
                .andExpect(jsonPath("$.rewindToSeconds").value(0.0));
        assertThat(stored(learner, lesson)).isZero();
    }

    @Test
    void fasterThanRealTimeIsRefused() throws Exception {
        String s = playback.start(learner, lesson).sessionId();
        advance(1);
        // 15 s of video after 1 s of wall time
        beat(s, 1, 15).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("SEEK_BEYOND_FURTHEST"))
                .andExpect(jsonPath("$.creditedMillis").value(0));
        advance(15);
        // a rate above the allowed 2.0
        beat(learner, s, 2, 10, 4.0).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("RATE_NOT_ALLOWED"))
                .andExpect(jsonPath("$.message").value("播放倍速超出允许范围，已返回上次位置"));
        assertThat(stored(learner, lesson)).isZero();
    }

    @Test
    void aReplayedSequenceIsRefused() throws Exception {
        String s = playback.start(learner, lesson).sessionId();
        advance(15);
        beat(s, 1, 15).andExpect(status().isOk());
        advance(15);
        beat(s, 1, 30).andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("REPLAYED_SEQUENCE"))
                .andExpect(jsonPath("$.message").value("重复或过期的进度上报，已忽略"))
                .andExpect(jsonPath("$.creditedMillis").value(0));
        assertThat(stored(learner, lesson)).isEqualTo(15_000);
    }

    @Test
    void anotherLearnersSessionIsRefusedAndRevealsNothing() throws Exception {
        String s = playback.start(learner, lesson).sessionId();
        advance(15);
        beat(s, 1, 15).andExpect(status().isOk());
        PortalUser other = fixtures.learner("530102");
        advance(15);
        beat(other, s, 2, 30, 1.0).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("WRONG_LEARNER"))
                .andExpect(jsonPath("$.message").value("该播放会话不属于当前用户"))
                .andExpect(jsonPath("$.totalCreditedMillis").value(0));
        assertThat(stored(other, lesson)).isZero();
        assertThat(stored(learner, lesson)).isEqualTo(15_000);
        // the owner's sequence was not used up by the forged one
        beat(s, 2, 30).andExpect(status().isOk()).andExpect(jsonPath("$.creditedMillis").value(15000));
    }

    @Test
    void malformedBodiesAreRefusedAndCreditNothing() throws Exception {
        String s = playback.start(learner, lesson).sessionId();
        advance(15);
        for (String body : new String[] {"{not json", "[]", "{\"sessionId\":\"" + s + "\",\"sequence\":1}",
                "{\"sessionId\":\"" + s + "\",\"sequence\":\"x\",\"position\":15,\"playing\":true,\"rate\":1}"}) {
            mvc.perform(as(learner, post("/api/learning/heartbeats")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("MALFORMED"))
                    .andExpect(jsonPath("$.message").value("进度上报格式错误，未计入学时"));
        }
        beat(s, 1, -5).andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("INVALID_HEARTBEAT"));
        beat(learner, s, 2, 15, 0).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("INVALID_HEARTBEAT"));
        assertThat(stored(learner, lesson)).isZero();
    }

    @Test
    void anUnknownSessionIsRefused() throws Exception {
        advance(15);
        beat("AAAAAAAAAAAAAAAAAAAAAA", 1, 15).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("UNKNOWN_SESSION"));
    }

    @Test
    void withoutCsrfTokenOrSessionNothingGetsThrough() throws Exception {
        String s = playback.start(learner, lesson).sessionId();
        advance(15);
        mvc.perform(as(learner, post("/api/learning/heartbeats")).contentType(MediaType.APPLICATION_JSON)
                .content(json(s, 1, 15, 1))).andExpect(status().isForbidden());
        mvc.perform(post("/api/learning/heartbeats").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(s, 1, 15, 1))).andExpect(status().isUnauthorized());
        assertThat(stored(learner, lesson)).isZero();
        // the sequence number was not used up either
        beat(s, 1, 15).andExpect(status().isOk());
    }

    @Test
    void creditNeverExceedsTheWallTimeThatPassed() throws Exception {
        Instant start = CLOCK.instant();
        String s = playback.start(learner, lesson).sessionId();
        java.util.Random random = new java.util.Random(7);
        double position = 0;
        for (int seq = 1; seq <= 60; seq++) {
            int wall = 1 + random.nextInt(15);
            advance(wall);
            // an eager client: claims up to twice the wall time (the allowed 2.0 rate) and sometimes more
            position = Math.min(120, position + wall * (random.nextInt(4) == 0 ? 3.0 : 2.0));
            beat(s, seq, position);
            long elapsed = Duration.between(start, CLOCK.instant()).toMillis();
            assertThat(stored(learner, lesson)).isLessThanOrEqualTo(elapsed);
        }
        assertThat(stored(learner, lesson)).isPositive();
    }

    @Test
    void onlyTheNewestPlaybackOfALearnerCounts() throws Exception {
        UUID course = fixtures.course("保密知识", "530000", true, true);
        UUID other = fixtures.video(course, "第一讲", 60);
        String first = playback.start(learner, lesson).sessionId();
        String second = playback.start(learner, other).sessionId();
        advance(15);
        beat(first, 1, 15).andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("SUPERSEDED"));
        beat(second, 1, 15).andExpect(status().isOk());
        assertThat(stored(learner, lesson)).isZero();
        assertThat(stored(learner, other)).isEqualTo(15_000);
    }

    @Test
    void aLearnerOutsideTheCoursesRegionOrAnUnpublishedCourseIsRefused() {
        PortalUser beijing = fixtures.learner("110101");
        assertThatThrownBy(() -> playback.start(beijing, lesson)).isInstanceOf(PlaybackException.class)
                .hasMessage("该课程不面向您所在的区域");
        PortalUser sibling = fixtures.learner("530302"); // 曲靖 — not below a 昆明 course
        UUID kunming = fixtures.course("昆明市课程", "530100", true, false);
        UUID kunmingLesson = fixtures.video(kunming, "第一讲", 60);
        assertThatThrownBy(() -> playback.start(sibling, kunmingLesson)).isInstanceOf(PlaybackException.class)
                .hasMessage("该课程不面向您所在的区域");
        assertThat(playback.start(learner, kunmingLesson).sessionId()).hasSize(22);
        UUID draft = fixtures.course("草稿课程", "530000", false, false);
        UUID draftLesson = fixtures.video(draft, "第一讲", 60);
        assertThatThrownBy(() -> playback.start(learner, draftLesson)).isInstanceOf(PlaybackException.class)
                .hasMessage("该课程尚未发布");
    }
}
