package cn.gov.egov.portal.learning.exam.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStatus;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStore;
import cn.gov.egov.portal.learning.exam.attempt.ExamAttempts;
import cn.gov.egov.portal.learning.exam.attempt.FinalGrade;
import cn.gov.egov.portal.learning.exam.attempt.OpenAttempt;
import cn.gov.egov.portal.learning.exam.attempt.SubmitResult;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.imports.ImportException;
import cn.gov.egov.portal.learning.exam.imports.ImportIssue;
import cn.gov.egov.portal.learning.exam.imports.ImportReport;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;
import cn.gov.egov.portal.learning.exam.paper.Quota;
import cn.gov.egov.portal.learning.exam.store.ExamRepository;
import cn.gov.egov.portal.learning.exam.store.JdbcAttemptStore;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.learning.exam.view.AttemptView;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;
import cn.gov.egov.platform.testing.MutableClock;

/** The exam services against the real PostgreSQL: persistence across a restart, deadlines, limits, refusals, import. */
@SpringBootTest(properties = "portal.exam.sweep-interval=1h")
@ActiveProfiles("dev")
@DirtiesContext
@Import(ExamTestSupport.ClockConfig.class)
class ExamServicesTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired UserRepository users;
    @Autowired QuestionRepository questions;
    @Autowired ExamRepository exams;
    @Autowired AttemptStore store;
    @Autowired ExamAttempts attempts;
    @Autowired QuestionBankService bank;
    @Autowired ExamDefinitionService definitions;
    @Autowired ExamTakingService taking;
    @Autowired ExamSweeper sweeper;

    PortalUser admin;
    PortalUser learner;
    List<Question> qs;

    @BeforeEach
    void setUp() {
        admin = users.findByUsername("course-admin").orElseThrow();      // 530000, the province
        learner = ExamTestSupport.user(users, Role.LEARNER, "530102");
        qs = ExamTestSupport.addQuestions(questions, admin.regionCode(), clock);
    }

    private StoredExam exam(int minutes, int attemptsAllowed) {
        return definitions.save(admin, ExamTestSupport.fixedDraft(qs, ExamTestSupport.policy(minutes, attemptsAllowed),
                clock.instant().minus(Duration.ofHours(1)), null));
    }

    @Test
    void aRestartLosesNoSavedAnswerAndResumesTheSameAttemptWithTheTimeLeft() {
        StoredExam exam = exam(30, 3);
        AttemptView started = taking.startOrResume(learner, exam.exam().id());
        assertThat(started.remainingSeconds()).isEqualTo(30 * 60);
        taking.save(learner, started.attemptId(), qs.get(0).id(), Answer.Choice.of("A"));
        taking.save(learner, started.attemptId(), qs.get(1).id(), new Answer.TrueFalse(true));
        taking.save(learner, started.attemptId(), qs.get(2).id(), new Answer.Text("我的答案"));
        taking.save(learner, started.attemptId(), qs.get(2).id(), new Answer.Text(""));   // cleared again
        assertThat(jdbc.sql("select count(*) from exam_answer where attempt_id = :a")
                .param("a", UUID.fromString(started.attemptId())).query(Long.class).single()).isEqualTo(2);

        // "restart": a new store and a new service over the same database, ten minutes later
        JdbcAttemptStore fresh = new JdbcAttemptStore(jdbc, tx, (a, s) -> { });
        ExamAttempts restarted = new ExamAttempts(clock, new SecureRandom(), fresh);
        clock.advance(Duration.ofMinutes(10));
        OpenAttempt resumed = restarted.resume(exam.exam(), learner.id()).orElseThrow();
        assertThat(resumed.attempt().id()).isEqualTo(started.attemptId());
        assertThat(resumed.remaining()).isEqualTo(Duration.ofMinutes(20));
        assertThat(resumed.attempt().answers()).containsOnlyKeys(qs.get(0).id(), qs.get(1).id());
        assertThat(resumed.attempt().answerMap()).containsEntry(qs.get(0).id(), Answer.Choice.of("A"))
                .containsEntry(qs.get(1).id(), new Answer.TrueFalse(true));
        assertThat(resumed.attempt().paper().questionIds())
                .containsExactlyElementsOf(qs.stream().map(Question::id).toList());

        // the server was down past the deadline: the first sweep hands it in at the deadline with what was saved
        clock.advance(Duration.ofMinutes(25));
        List<Attempt> closed = restarted.closeExpired();
        Attempt handedIn = closed.stream().filter(a -> a.id().equals(started.attemptId())).findFirst().orElseThrow();
        assertThat(handedIn.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(handedIn.submittedAt()).isEqualTo(started.deadline());
        assertThat(handedIn.answers()).hasSize(2);
        Attempt reread = store.find(started.attemptId()).orElseThrow();
        assertThat(reread.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(reread.score().points()).isEqualByComparingTo(handedIn.score().points());
    }

    @Test
    void answersAfterTheDeadlineAreRefusedAndTheSweepHandsTheAttemptIn() {
        StoredExam exam = exam(5, 3);
        AttemptView view = taking.startOrResume(learner, exam.exam().id());
        taking.save(learner, view.attemptId(), qs.get(1).id(), new Answer.TrueFalse(true));
        clock.advance(Duration.ofMinutes(5));   // exactly at the deadline: no grace period
        sweeper.sweep();
        Attempt swept = store.find(view.attemptId()).orElseThrow();
        assertThat(swept.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(swept.score().points()).isEqualByComparingTo("1.00");
        assertThatThrownBy(() -> taking.save(learner, view.attemptId(), qs.get(0).id(), Answer.Choice.of("B")))
                .isInstanceOf(ExamException.class).extracting(e -> ((ExamException) e).code())
                .isEqualTo("deadline-passed");
        assertThat(store.find(view.attemptId()).orElseThrow().answers()).containsOnlyKeys(qs.get(1).id());
        assertThat(exams.grade(exam.exam().id(), learner.id())).isPresent();
    }

    @Test
    void aLateAnswerWithoutASweepIsRefusedAndHandsTheAttemptIn() {
        StoredExam exam = exam(5, 3);
        AttemptView view = taking.startOrResume(learner, exam.exam().id());
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> taking.save(learner, view.attemptId(), qs.get(1).id(), new Answer.TrueFalse(true)))
                .isInstanceOf(ExamException.class).hasMessageContaining("考试时间已到");
        Attempt after = store.find(view.attemptId()).orElseThrow();
        assertThat(after.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(after.answers()).isEmpty();
    }

    @Test
    void aDuplicateSubmissionChangesNothing() {
        StoredExam exam = exam(30, 3);
        AttemptView view = taking.startOrResume(learner, exam.exam().id());
        taking.save(learner, view.attemptId(), qs.get(0).id(), Answer.Choice.of("B"));
        SubmitResult first = taking.submit(learner, view.attemptId());
        clock.advance(Duration.ofSeconds(3));
        SubmitResult second = taking.submit(learner, view.attemptId());
        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.attempt().version()).isEqualTo(first.attempt().version());
        assertThat(second.attempt().submittedAt()).isEqualTo(first.attempt().submittedAt());
        assertThat(store.find(view.attemptId()).orElseThrow().version()).isEqualTo(first.attempt().version());
        assertThat(jdbc.sql("select attempts_counted from exam_grade where exam_id = :e and learner_id = :l")
                .param("e", UUID.fromString(exam.exam().id())).param("l", learner.id()).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void anotherLearnersAttemptIsRefused() {
        StoredExam exam = exam(30, 3);
        AttemptView view = taking.startOrResume(learner, exam.exam().id());
        PortalUser other = ExamTestSupport.user(users, Role.LEARNER, "530102");
        for (Runnable call : List.<Runnable>of(
                () -> taking.save(other, view.attemptId(), qs.get(1).id(), new Answer.TrueFalse(false)),
                () -> taking.submit(other, view.attemptId()),
                () -> taking.view(other, view.attemptId()),
                () -> taking.review(other, view.attemptId()))) {
            assertThatThrownBy(call::run).isInstanceOf(ExamException.class)
                    .extracting(e -> ((ExamException) e).code()).isIn("wrong-learner", "attempt-not-found");
        }
        Attempt untouched = store.find(view.attemptId()).orElseThrow();
        assertThat(untouched.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(untouched.answers()).isEmpty();
    }

    @Test
    void attemptsOverTheLimitAreRefused() {
        StoredExam exam = exam(30, 1);
        AttemptView view = taking.startOrResume(learner, exam.exam().id());
        taking.submit(learner, view.attemptId());
        assertThat(taking.overview(learner, exam.exam().id()).mayStart()).isFalse();
        assertThatThrownBy(() -> taking.startOrResume(learner, exam.exam().id())).isInstanceOf(ExamException.class)
                .extracting(e -> ((ExamException) e).code()).isEqualTo("no-attempts-left");
        assertThat(store.findByLearner(exam.exam().id(), learner.id())).hasSize(1);
    }

    @Test
    void gradeFollowsTheGradingMethodAcrossAttempts() {
        StoredExam exam = exam(30, 2);
        AttemptView first = taking.startOrResume(learner, exam.exam().id());
        taking.save(learner, first.attemptId(), qs.get(1).id(), new Answer.TrueFalse(true));
        taking.submit(learner, first.attemptId());
        AttemptView second = taking.startOrResume(learner, exam.exam().id());
        assertThat(second.attemptId()).isNotEqualTo(first.attemptId());
        assertThat(second.attemptNumber()).isEqualTo(2);
        taking.submit(learner, second.attemptId());
        FinalGrade grade = taking.overview(learner, exam.exam().id()).grade().orElseThrow();
        assertThat(grade.percent()).isEqualByComparingTo("33.33");   // HIGHEST: the first attempt's 1 of 3
        assertThat(exams.grade(exam.exam().id(), learner.id()).orElseThrow().percent()).isEqualByComparingTo("33.33");
    }

    @Test
    void examsOfAnotherRegionAreRefusedAndAudited() {
        PortalUser kunmingAdmin = ExamTestSupport.user(users, Role.COURSE_ADMIN, "530100");
        List<Question> local = ExamTestSupport.addQuestions(questions, "530100", clock);
        StoredExam kunming = definitions.save(kunmingAdmin, ExamTestSupport.fixedDraft(local,
                ExamTestSupport.policy(30, 1), clock.instant().minus(Duration.ofHours(1)), null));
        PortalUser qujingLearner = ExamTestSupport.user(users, Role.LEARNER, "530302");
        assertThatThrownBy(() -> taking.startOrResume(qujingLearner, kunming.exam().id()))
                .isInstanceOf(AccessDeniedException.class);
        PortalUser qujingAdmin = ExamTestSupport.user(users, Role.COURSE_ADMIN, "530300");
        assertThatThrownBy(() -> definitions.save(qujingAdmin, new ExamDraft(kunming.exam().id(), "改名",
                kunming.exam().paper(), kunming.exam().policy(), kunming.exam().opensAt(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(exams.find(kunming.exam().id()).orElseThrow().exam().title()).isNotEqualTo("改名");
        assertThat(jdbc.sql("select count(*) from portal_audit_entry where outcome = 'DENIED' and actor in (:a)")
                .param("a", List.of(qujingLearner.username(), qujingAdmin.username())).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from portal_audit_entry where outcome = 'OK' and action = 'EXAM_CREATE'"
                + " and actor = :a").param("a", kunmingAdmin.username()).query(Long.class).single()).isEqualTo(1);
        // a learner manages no bank
        assertThatThrownBy(() -> bank.list(learner, null, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPaperThatCannotBeDrawnIsRefusedWhenTheExamIsDefined() {
        PaperSpec tooMany = PaperSpec.drawn(Quota.of(qs.getFirst().category(), QuestionType.SINGLE, 5));
        assertThatThrownBy(() -> definitions.save(admin, new ExamDraft(null, "抽不出来", tooMany,
                ExamTestSupport.policy(30, 1), clock.instant(), null)))
                .isInstanceOf(ExamException.class).hasMessageContaining("只有 1 道可用");
    }

    @Test
    void brokenMoodleXmlImportsNothingAndSaysWhere() throws Exception {
        CategoryPath into = CategoryPath.of("导入", UUID.randomUUID().toString().substring(0, 8));
        try (InputStream in = fixture("moodle-broken.xml")) {
            assertThatThrownBy(() -> bank.importFile(admin, "moodle-broken.xml", in, into))
                    .isInstanceOf(ImportException.class).hasMessageContaining("XML 格式错误（第 ")
                    .extracting(e -> ((ImportException) e).code()).isEqualTo("xml-malformed");
        }
        assertThat(bank.list(admin, into, null, 0, 100)).isEmpty();
        try (InputStream in = fixture("moodle-xxe.xml")) {
            assertThatThrownBy(() -> bank.importFile(admin, "moodle-xxe.xml", in, into))
                    .isInstanceOf(ImportException.class);
        }
        assertThatThrownBy(() -> bank.importFile(admin, "questions.docx", InputStream.nullInputStream(), into))
                .isInstanceOf(ExamException.class).extracting(e -> ((ExamException) e).code())
                .isEqualTo("import-format-unknown");
        assertThat(bank.list(admin, into, null, 0, 100)).isEmpty();
    }

    @Test
    void unsupportedMoodleTypesAreReportedAndTheRestImportedAndAudited() throws Exception {
        CategoryPath into = CategoryPath.of("导入", UUID.randomUUID().toString().substring(0, 8));
        ImportReport report;
        try (InputStream in = fixture("moodle-all-types.xml")) {
            report = bank.importFile(admin, "moodle-all-types.xml", in, into);
        }
        assertThat(report.imported()).isNotEmpty();
        assertThat(report.skipped()).extracting(ImportIssue::code).contains("unsupported-type");
        assertThat(report.skipped()).extracting(ImportIssue::describe).anyMatch(d -> d.contains("问答题（essay）"));
        assertThat(bank.list(admin, into, null, 0, 500)).hasSize(report.imported().size());
        Map<String, Object> entry = jdbc.sql("""
                select action, summary from portal_audit_entry where actor = 'course-admin' and action = 'EXAM_IMPORT'
                order by id desc limit 1""").query().singleRow();
        assertThat((String) entry.get("summary")).contains("moodle-all-types.xml").contains(report.summary());
    }

    private static InputStream fixture(String name) {
        return ExamServicesTest.class.getResourceAsStream("/cn/gov/egov/portal/learning/exam/imports/" + name);
    }
}
