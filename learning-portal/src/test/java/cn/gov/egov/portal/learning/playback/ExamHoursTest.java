package cn.gov.egov.portal.learning.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.service.ExamDefinitionService;
import cn.gov.egov.portal.learning.exam.service.ExamTakingService;
import cn.gov.egov.portal.learning.exam.service.ExamTestSupport;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.learning.exam.view.AttemptView;
import cn.gov.egov.portal.security.PortalUser;

/**
 * Passing an exam earns its learning hours and completes the course it is the last open lesson of — once, after the
 * attempt is stored; a failed attempt earns nothing.
 */
class ExamHoursTest extends PlaybackEndpointTestBase {

    @Autowired QuestionRepository questions;
    @Autowired ExamDefinitionService definitions;
    @Autowired ExamTakingService taking;

    @Test
    void passingTheCoursesExamCreditsTheExamAndCompletesTheCourseOnce() {
        PortalUser admin = users.findByUsername("course-admin").orElseThrow(); // the province, 530000
        List<Question> qs = ExamTestSupport.addQuestions(questions, admin.regionCode(), CLOCK);
        StoredExam exam = definitions.save(admin, ExamTestSupport.fixedDraft(qs, ExamTestSupport.policy(30, 3),
                CLOCK.instant().minus(Duration.ofHours(1)), null));
        String examId = exam.exam().id();
        UUID course = fixtures.course("行政许可法", "530000", true, false);
        UUID video = fixtures.video(course, "第一讲", 1800);
        jdbc.sql("""
                insert into lesson (id, course_id, position, kind, title, exam_id)
                values (:id, :course, 2, 'EXAM', '结业考试', cast(:exam as uuid))
                """).param("id", UUID.randomUUID()).param("course", course).param("exam", examId).update();
        jdbc.sql("""
                insert into lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                    credited_ms, completed_at, updated_at) values (:l, :lesson, 1800000, 1800000, 1800000, 1800000,
                    now(), now())
                """).param("l", learner.id()).param("lesson", video).update();

        AttemptView failed = taking.startOrResume(learner, examId);
        taking.submit(learner, failed.attemptId()); // nothing answered: 0 %
        assertThat(fixtures.ledgerLines(learner)).as("a failed exam earns nothing, the course stays open").isZero();

        AttemptView passed = taking.startOrResume(learner, examId);
        taking.save(learner, passed.attemptId(), qs.get(1).id(), new Answer.TrueFalse(true));
        taking.save(learner, passed.attemptId(), qs.get(2).id(), new Answer.Text(ExamTestSupport.SECRET_ACCEPTED));
        taking.submit(learner, passed.attemptId()); // 2 of 3: over the pass mark of 60 %
        taking.submit(learner, passed.attemptId());

        List<Map<String, Object>> lines = jdbc.sql("""
                select source_kind, source_id, category, hours from hour_ledger_entry where learner_id = :l
                order by source_kind
                """).param("l", learner.id()).query().listOfRows();
        assertThat(lines).extracting(r -> r.get("source_kind"), r -> r.get("source_id"), r -> r.get("category"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("COURSE", course.toString(), "REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("EXAM", examId, "REQUIRED"));
        assertThat((java.math.BigDecimal) lines.get(0).get("hours")).isEqualByComparingTo("1.00");
        assertThat((java.math.BigDecimal) lines.get(1).get("hours")).isEqualByComparingTo("0.50");

        AttemptView again = taking.startOrResume(learner, examId);
        taking.save(learner, again.attemptId(), qs.get(1).id(), new Answer.TrueFalse(true));
        taking.save(learner, again.attemptId(), qs.get(2).id(), new Answer.Text(ExamTestSupport.SECRET_ACCEPTED));
        taking.submit(learner, again.attemptId());
        assertThat(fixtures.ledgerLines(learner)).as("passing again credits nothing more").isEqualTo(2);
    }
}
