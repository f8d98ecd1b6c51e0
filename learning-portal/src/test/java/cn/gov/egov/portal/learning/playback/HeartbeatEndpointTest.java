package cn.gov.egov.portal.learning.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.progress.PlaybackException;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;

/**
 * {@code POST /api/learning/heartbeats} through the real security filter chain and the real PostgreSQL, with the
 * application's clock replaced by one the test moves: honest playback is credited and stored; forged heartbeats are
 * refused with a reason and credit nothing; credit never exceeds the wall time that passed.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class HeartbeatEndpointTest {

    static final TestClock CLOCK = new TestClock(Instant.parse("2026-05-11T02:00:00Z"));

    @TestConfiguration
    static class Clocks {
        @Bean
        TestClock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        // a presence check exactly 10 minutes into every playback (the other tests play for less)
        registry.add("portal.learning.playback.presence-min", () -> "PT10M");
        registry.add("portal.learning.playback.presence-max", () -> "PT10M");
    }

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired PlaybackService playback;
    @Autowired cn.gov.egov.portal.learning.ledger.CourseHours courseHours;

    MockMvc mvc;
    LearningFixtures fixtures;
    PortalUser learner;
    UUID lesson;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures = new LearningFixtures(jdbc, users);
        learner = fixtures.learner("530102");
        UUID course = fixtures.course("公文写作", "530000", true, false);
        lesson = fixtures.video(course, "第一讲", 120);
    }

    static MockHttpServletRequestBuilder as(PortalUser user, MockHttpServletRequestBuilder request) {
        PortalPrincipal principal = new PortalPrincipal(user);
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities())));
    }

    ResultActions beat(PortalUser user, String session, long seq, double position, double rate) throws Exception {
        return mvc.perform(as(user, post("/api/learning/heartbeats")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json(session, seq, position, rate)));
    }

    ResultActions beat(String session, long seq, double position) throws Exception {
        return beat(learner, session, seq, position, 1.0);
    }

    static String json(String session, long seq, double position, double rate) {
        return String.format(Locale.ROOT,
                "{\"sessionId\":\"%s\",\"sequence\":%d,\"position\":%.3f,\"playing\":true,\"rate\":%.2f}",
                session, seq, position, rate);
    }

    void advance(int seconds) {
        CLOCK.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void honestPlaybackIsCreditedAndStored() throws Exception {
        String s = playback.start(learner, lesson).sessionId();
        advance(15);
        beat(s, 1, 15).andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("ACCEPTED"))
                .andExpect(jsonPath("$.creditedMillis").value(15000))
                .andExpect(jsonPath("$.totalCreditedMillis").value(15000));
        advance(15);
        beat(s, 2, 30).andExpect(status().isOk()).andExpect(jsonPath("$.creditedPercent").value(25));
        assertThat(fixtures.credited(learner, lesson)).isEqualTo(30_000);
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
        assertThat(fixtures.credited(learner, lesson)).isZero();
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
        assertThat(fixtures.credited(learner, lesson)).isZero();
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
        assertThat(fixtures.credited(learner, lesson)).isEqualTo(15_000);
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
        assertThat(fixtures.credited(other, lesson)).isZero();
        assertThat(fixtures.credited(learner, lesson)).isEqualTo(15_000);
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
        assertThat(fixtures.credited(learner, lesson)).isZero();
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
        assertThat(fixtures.credited(learner, lesson)).isZero();
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
            assertThat(fixtures.credited(learner, lesson)).isLessThanOrEqualTo(elapsed);
        }
        assertThat(fixtures.credited(learner, lesson)).isPositive();
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
        assertThat(fixtures.credited(learner, lesson)).isZero();
        assertThat(fixtures.credited(learner, other)).isEqualTo(15_000);
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

    @Test
    void aPresenceCheckPausesCreditUntilAnswered() throws Exception {
        UUID course = fixtures.course("廉政教育", "530000", true, false);
        UUID long20 = fixtures.video(course, "第一讲", 1200);
        String s = playback.start(learner, long20).sessionId();
        int seq = 0;
        for (int i = 1; i < 40; i++) {
            advance(15);
            beat(s, ++seq, i * 15).andExpect(jsonPath("$.presenceToken").doesNotExist());
        }
        advance(15);
        String token = com.jayway.jsonpath.JsonPath.read(beat(s, ++seq, 600).andExpect(status().isOk())
                .andExpect(jsonPath("$.creditedMillis").value(15000))
                .andReturn().getResponse().getContentAsString(), "$.presenceToken");
        assertThat(token).hasSize(22);
        advance(15);
        beat(s, ++seq, 615).andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("PRESENCE_PENDING"))
                .andExpect(jsonPath("$.message").value("请确认您仍在学习，确认前暂停计时"))
                .andExpect(jsonPath("$.creditedMillis").value(0));
        advance(61);
        beat(s, ++seq, 615).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("PAUSED_FOR_PRESENCE"));
        assertThat(fixtures.credited(learner, long20)).isEqualTo(600_000);
        mvc.perform(as(learner, post("/api/learning/playbacks/" + s + "/presence")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\":\"wrong\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("presence-token-wrong"));
        PortalUser other = fixtures.learner("530102");
        mvc.perform(as(other, post("/api/learning/playbacks/" + s + "/presence")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\":\"" + token + "\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("wrong-learner"));
        mvc.perform(as(learner, post("/api/learning/playbacks/" + s + "/presence")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\":\"" + token + "\"}"))
                .andExpect(status().isOk());
        advance(15);
        beat(s, ++seq, 630).andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("ACCEPTED"))
                .andExpect(jsonPath("$.creditedMillis").value(15000));
        mvc.perform(as(learner, post("/api/learning/playbacks/" + s + "/end")).with(csrf()))
                .andExpect(status().isNoContent());
        advance(15);
        beat(s, ++seq, 645).andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("SESSION_ENDED"));
        assertThat(fixtures.credited(learner, long20)).isEqualTo(615_000);
    }

    /** Plays a lesson of {@code seconds} start to end in honest 15-second heartbeats. */
    void watchWhole(PortalUser who, UUID lessonId, int seconds) throws Exception {
        StartedPlayback started = playback.start(who, lessonId);
        String s = started.sessionId();
        long start = started.resumeMillis();
        int seq = 0;
        for (long pos = start / 1000 + 15; pos <= start / 1000 + seconds; pos += 15) {
            advance(15);
            beat(who, s, ++seq, Math.min(pos, seconds), 1.0).andExpect(status().isOk());
        }
    }

    @Test
    void hoursAreAwardedOnceWhenTheCourseCompletesWithTheRuleExplained() throws Exception {
        UUID course = fixtures.course("数字政府概论", "530000", true, false);
        UUID first = fixtures.video(course, "第一讲", 60);
        UUID second = fixtures.video(course, "第二讲", 60);
        watchWhole(learner, first, 60);
        assertThat(fixtures.ledgerLines(learner)).as("one lesson of two").isZero();
        watchWhole(learner, second, 60);
        var line = jdbc.sql("""
                select year, source_kind, source_id, source_title, category, hours, rule_code, explanation
                from hour_ledger_entry where learner_id = :l
                """).param("l", learner.id()).query().listOfRows();
        assertThat(line).hasSize(1);
        assertThat(line.getFirst()).containsEntry("year", 2026).containsEntry("source_kind", "COURSE")
                .containsEntry("source_id", course.toString()).containsEntry("source_title", "数字政府概论")
                .containsEntry("category", "REQUIRED").containsEntry("rule_code", "MICRO_COURSE");
        assertThat((java.math.BigDecimal) line.getFirst().get("hours")).isEqualByComparingTo("0.25");
        assertThat((String) line.getFirst().get("explanation")).contains("课程学习时长 2 分钟")
                .contains("530000 MICRO_COURSE").endsWith("计 0.25 学时");
        // watching again, or asking again, credits nothing more
        watchWhole(learner, first, 60);
        assertThat(courseHours.awardIfComplete(learner.id(), learner.regionCode(), course)).isEmpty();
        assertThat(fixtures.ledgerLines(learner)).isEqualTo(1);
        assertThat(courseHours.progress(learner.id(), learner.regionCode()).earnedRequired())
                .isEqualByComparingTo("0.25");
    }

    @Test
    void anExamLessonHoldsTheCourseUntilTheExamFeatureSaysPassed() throws Exception {
        UUID course = fixtures.course("行政许可法", "530000", true, false);
        UUID video = fixtures.video(course, "第一讲", 1800);
        fixtures.exam(course, "结业考试");
        jdbc.sql("""
                insert into lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                    credited_ms, completed_at, updated_at) values (:l, :lesson, 1800000, 1800000, 1800000, 1800000,
                    now(), now())
                """).param("l", learner.id()).param("lesson", video).update();
        assertThat(courseHours.awardIfComplete(learner.id(), learner.regionCode(), course))
                .as("default hook: exam not passed").isEmpty();
        var withExams = new cn.gov.egov.portal.learning.ledger.CourseHours(CLOCK, context.getBean(
                cn.gov.egov.portal.learning.ledger.CourseLessonStates.class), context.getBean(
                cn.gov.egov.portal.learning.ledger.LedgerRepository.class), context.getBean(
                cn.gov.egov.portal.learning.ledger.HourRulesRepository.class), (l, lesson, exam) -> true);
        var entry = withExams.awardIfComplete(learner.id(), learner.regionCode(), course).orElseThrow();
        assertThat(entry.hours()).isEqualByComparingTo("1.00");
        assertThat(entry.ruleCode()).isEqualTo("COURSE_30_PLUS");
        assertThat(withExams.awardIfComplete(learner.id(), learner.regionCode(), course)).isEmpty();
        assertThat(fixtures.ledgerLines(learner)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToLowerStoredProgress() {
        jdbc.sql("""
                insert into lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                    credited_ms, updated_at) values (:l, :lesson, 120000, 30000, 30000, 30000, now())
                """).param("l", learner.id()).param("lesson", lesson).update();
        assertThatThrownBy(() -> jdbc.sql("update lesson_progress set credited_ms = 1000 where learner_id = :l")
                .param("l", learner.id()).update()).hasMessageContaining("lesson progress only grows");
        assertThat(fixtures.credited(learner, lesson)).isEqualTo(30_000);
    }
}
