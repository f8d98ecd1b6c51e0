package cn.gov.egov.portal.learning.exam.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.exam.attempt.SubmissionStorm;
import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStatus;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStore;
import cn.gov.egov.portal.learning.exam.attempt.ExamAttempts;
import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;
import cn.gov.egov.platform.testing.MutableClock;

/**
 * Many learners at once against PostgreSQL: every answer a separate parallel request, the deadline sweep running
 * alongside, every submission sent twice. Nothing lost (one answer row per question), nothing graded twice, every
 * grade row written.
 */
@SpringBootTest(properties = "portal.exam.sweep-interval=1h")
@ActiveProfiles("dev")
@DirtiesContext
@Import(ExamTestSupport.ClockConfig.class)
class JdbcSubmissionLoadTest {

    static final int LEARNERS = 400;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired QuestionRepository questions;
    @Autowired ExamDefinitionService definitions;
    @Autowired ExamAttempts attempts;
    @Autowired AttemptStore store;

    @Test
    void concurrentSavesAndDoubleSubmissionsLoseNothingAndGradeOnce() throws Exception {
        PortalUser admin = users.findByUsername("course-admin").orElseThrow();
        List<Question> qs = ExamTestSupport.addQuestions(questions, admin.regionCode(), clock);
        StoredExam exam = definitions.save(admin, ExamTestSupport.fixedDraft(qs, ExamTestSupport.policy(30, 1),
                clock.instant().minus(Duration.ofHours(1)), null));
        List<PortalUser> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(ExamTestSupport.user(users, Role.LEARNER, "530102"));
        }
        long began = System.nanoTime();
        AtomicInteger duplicates = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Callable<Attempt>> starts = learners.stream().<Callable<Attempt>>map(l -> () -> attempts.start(
                    exam.exam(), questions.bank(admin.regionCode()), l.id(), LearnerHistory.none())).toList();
            List<Attempt> started = new ArrayList<>();
            for (Future<Attempt> f : pool.invokeAll(starts)) {
                started.add(f.get());
            }
            clock.advance(Duration.ofMinutes(5));
            duplicates.addAndGet(SubmissionStorm.run(attempts, started, pool, 20, JdbcSubmissionLoadTest::rightAnswer));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        System.out.printf("JdbcSubmissionLoadTest: %d learners, %d answers, %d submissions in %d ms%n", LEARNERS,
                LEARNERS * qs.size(), LEARNERS * 2, took.toMillis());
        assertThat(duplicates.get()).isEqualTo(LEARNERS);
        UUID examId = UUID.fromString(exam.exam().id());
        assertThat(jdbc.sql("select count(*) from exam_answer a join exam_attempt t on t.id = a.attempt_id"
                + " where t.exam_id = :e").param("e", examId).query(Long.class).single())
                .isEqualTo((long) LEARNERS * qs.size());
        assertThat(jdbc.sql("select count(*) from exam_grade where exam_id = :e and passed and percent = 100")
                .param("e", examId).query(Long.class).single()).isEqualTo(LEARNERS);
        for (PortalUser l : learners) {
            List<Attempt> mine = store.findByLearner(exam.exam().id(), l.id());
            assertThat(mine).hasSize(1);
            assertThat(mine.getFirst().status()).isEqualTo(AttemptStatus.SUBMITTED);
            assertThat(mine.getFirst().version()).as("start, three saves, one submission").isEqualTo(5);
        }
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }

    private static Answer rightAnswer(PaperQuestion q) {
        return switch (q.question().key()) {
            case AnswerKey.Choices c -> Answer.Choice.of(q.correctLabels());
            case AnswerKey.Judgement j -> new Answer.TrueFalse(j.value());
            case AnswerKey.Accepted a -> new Answer.Text(a.answers().getFirst());
        };
    }
}
