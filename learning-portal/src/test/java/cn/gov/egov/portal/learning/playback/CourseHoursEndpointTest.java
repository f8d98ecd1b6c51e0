package cn.gov.egov.portal.learning.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.gov.egov.portal.security.PortalUser;

/**
 * Presence checks through the endpoints, and the course's 学时 awarded once when every lesson is complete, with the
 * rule explained; an exam lesson holds the course until the exam feature says passed.
 */
class CourseHoursEndpointTest extends PlaybackEndpointTestBase {

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
        assertThat(stored(learner, long20)).isEqualTo(600_000);
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
        assertThat(stored(learner, long20)).isEqualTo(615_000);
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
        assertThat(stored(learner, lesson)).isEqualTo(30_000);
    }
}
