package cn.gov.egov.portal.learning.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.embedded.FreePort;
import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.home.ui.HomeView;
import cn.gov.egov.platform.testing.MutableClock;
import cn.gov.egov.portal.learning.reminders.ui.DeadlinesCard;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Deadline reminders on the real PostgreSQL and a real SMTP server (GreenMail in this JVM), the job driven by hand
 * with a fixed clock (its schedule is switched off): mails for exactly 7 days before and overdue, once; nothing for
 * completed courses or deactivated learners; learners without an address counted; a failed send retried. And the
 * home page's 必修课程截止提醒 card (browserless).
 */
@SpringBootTest
@Import(DeadlineRemindersTest.Clocks.class)
@DirtiesContext
@ActiveProfiles("dev")
class DeadlineRemindersTest extends SpringBrowserlessTest {

    /** 2031-03-10 10:00 China time: after the send hour (9). */
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2031-03-10T02:00:00Z"));
    static final LocalDate TODAY = LocalDate.of(2031, 3, 10);
    static final int SMTP_PORT = FreePort.find();
    static GreenMail smtp = startSmtp();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MutableClock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("portal.learning.reminders.cron", () -> "-");
        registry.add("portal.learning.reminders.portal-url", () -> "https://xuexi.example.gov.cn/");
        registry.add("portal.learning.reminders.from", () -> "xuexi@example.gov.cn");
    }

    static GreenMail startSmtp() {
        GreenMail g = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired DeadlineReminderJob job;

    ReminderFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReminderFixtures(jdbc, users);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCourseDueInSevenDaysIsMailedOnceEvenWhenTheJobRunsTwice() throws Exception {
        PortalUser learner = fixtures.learner(ReminderFixtures.address(), true);
        UUID course = fixtures.requiredCourse("保密法规必修课", TODAY.plusDays(7));

        DeadlineReminderJob.Report first = job.run();
        DeadlineReminderJob.Report second = job.run();

        List<MimeMessage> mails = ReminderFixtures.to(smtp, learner.email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("【学习提醒】您有 1 门必修课程即将到期");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("xuexi@example.gov.cn");
        String body = ReminderFixtures.body(mail);
        assertThat(body).contains(learner.displayName() + "，您好", "· 保密法规必修课 — 截止日期 2031-03-17（还剩 7 天）",
                "https://xuexi.example.gov.cn/courses/" + course);
        assertThat(first.ran()).isTrue();
        assertThat(first.mails()).isGreaterThanOrEqualTo(1);
        assertThat(second.ran()).isTrue();
        assertThat(fixtures.claims(learner)).isEqualTo(1);
        assertThat(jdbc.sql("select sent_at is not null from reminder_sent where learner_id = :l")
                .param("l", learner.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void runsAtTheSameTimeAsOnSeveralInstancesMailEachReminderOnce() throws Exception {
        List<PortalUser> learners = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            learners.add(fixtures.learner(ReminderFixtures.address(), true));
        }
        fixtures.requiredCourse("并发运行时的课程", TODAY.plusDays(1));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<DeadlineReminderJob.Report>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.run();
                }));
            }
            start.countDown();
            for (var run : runs) {
                assertThat(run.get(60, java.util.concurrent.TimeUnit.SECONDS).ran()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        for (PortalUser learner : learners) {
            assertThat(ReminderFixtures.to(smtp, learner.email())).as(learner.email()).hasSize(1);
            assertThat(fixtures.claims(learner)).isEqualTo(1);
        }
    }

    @Test
    void onlyTheConfiguredDaysAndOverdueCoursesAreMailedEachOnce() throws Exception {
        PortalUser learner = fixtures.learner(ReminderFixtures.address(), true);
        fixtures.requiredCourse("六天后截止", TODAY.plusDays(6));
        fixtures.requiredCourse("明天截止", TODAY.plusDays(1));
        fixtures.requiredCourse("已逾期课程", TODAY.minusDays(3));

        job.run();
        CLOCK.advance(Duration.ofDays(1)); // the next day: the overdue one is not mailed again, nothing new is due
        job.run();
        CLOCK.advance(Duration.ofDays(-1));

        List<MimeMessage> mails = ReminderFixtures.to(smtp, learner.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("【学习提醒】您有必修课程已逾期，请尽快完成");
        String body = ReminderFixtures.body(mails.getFirst());
        assertThat(body).contains("明天截止 — 截止日期 2031-03-11（还剩 1 天）", "已逾期课程 — 截止日期 2031-03-07（已逾期 3 天）")
                .doesNotContain("六天后截止");
        assertThat(fixtures.claims(learner)).isEqualTo(2);
    }

    @Test
    void completedCoursesAndDeactivatedLearnersGetNothing() throws Exception {
        PortalUser done = fixtures.learner(ReminderFixtures.address(), true);
        PortalUser gone = fixtures.learner(ReminderFixtures.address(), false);
        UUID course = fixtures.requiredCourse("已完成的必修课", TODAY.plusDays(7));
        fixtures.complete(done, course, TODAY.minusDays(2));

        job.run();

        assertThat(ReminderFixtures.to(smtp, done.email())).isEmpty();
        assertThat(ReminderFixtures.to(smtp, gone.email())).isEmpty();
        assertThat(fixtures.claims(done) + fixtures.claims(gone)).isZero();
    }

    @Test
    void aLearnerWithoutAnAddressIsSkippedAndCountedAndClaimsNothing() {
        PortalUser learner = fixtures.learner(null, true);
        fixtures.requiredCourse("无邮箱学员的必修课", TODAY.plusDays(7));

        DeadlineReminderJob.Report report = job.run();

        assertThat(report.skippedNoAddress()).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.claims(learner)).isZero();
    }

    @Test
    void aFailedSendIsKeptAndRetriedByALaterRunAfterTheRetryDelay() throws Exception {
        PortalUser learner = fixtures.learner(ReminderFixtures.address(), true);
        fixtures.requiredCourse("邮件服务器故障时的课程", TODAY.plusDays(7));
        smtp.stop();
        DeadlineReminderJob.Report failed;
        try {
            failed = job.run();
        } finally {
            smtp = startSmtp();
        }
        assertThat(failed.failed()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select last_error is not null and sent_at is null from reminder_sent where learner_id = :l")
                .param("l", learner.id()).query(Boolean.class).single()).isTrue();

        job.run(); // too early: the claim is retried only after retry-after (30 min)
        assertThat(ReminderFixtures.to(smtp, learner.email())).isEmpty();

        CLOCK.advance(Duration.ofMinutes(31));
        try {
            job.run();
        } finally {
            CLOCK.advance(Duration.ofMinutes(-31));
        }
        assertThat(ReminderFixtures.to(smtp, learner.email())).hasSize(1);
        assertThat(jdbc.sql("select attempts from reminder_sent where learner_id = :l").param("l", learner.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void beforeTheSendHourNothingIsMailed() {
        PortalUser learner = fixtures.learner(ReminderFixtures.address(), true);
        fixtures.requiredCourse("早上的课程", TODAY.plusDays(7));
        CLOCK.advance(Duration.ofHours(-3)); // 07:00 China time
        try {
            assertThat(job.run().ran()).isFalse();
        } finally {
            CLOCK.advance(Duration.ofHours(3));
        }
        assertThat(fixtures.claims(learner)).isZero();
    }

    @Test
    void theHomePageListsOpenRequiredCoursesWithDeadlinesOverdueInRed() {
        PortalUser learner = signIn(fixtures.learner(ReminderFixtures.address(), true));
        UUID late = fixtures.requiredCourse("逾期的必修课", TODAY.minusDays(2));
        UUID soon = fixtures.requiredCourse("本周截止的必修课", TODAY.plusDays(5));
        fixtures.requiredCourse("下月截止的必修课", TODAY.plusDays(30));
        UUID done = fixtures.requiredCourse("已完成的必修课", TODAY.plusDays(3));
        fixtures.complete(learner, done, TODAY.minusDays(1));

        HomeView view = navigate(HomeView.class);
        DeadlinesCard card = find(DeadlinesCard.class).from(view).single();
        List<Div> lines = find(Div.class).from(card).all().stream()
                .filter(d -> d.hasClassName("required-course")).toList();
        assertThat(lines).extracting(d -> find(Anchor.class).from(d).single().getText())
                .containsExactly("逾期的必修课", "本周截止的必修课", "下月截止的必修课");
        assertThat(find(Anchor.class).from(lines.get(0)).single().getHref()).isEqualTo("courses/" + late);
        assertThat(find(Anchor.class).from(lines.get(1)).single().getHref()).isEqualTo("courses/" + soon);
        assertThat(find(Span.class).from(lines.get(0)).single().getText()).isEqualTo("截止 2031-03-08 · 逾期 2 天");
        assertThat(lines.get(0).hasClassName("overdue")).isTrue();
        assertThat(find(Span.class).from(lines.get(0)).single().getStyle().get("color"))
                .isEqualTo("var(--lumo-error-text-color)");
        assertThat(find(Span.class).from(lines.get(1)).single().getText()).isEqualTo("截止 2031-03-15 · 还剩 5 天");
        assertThat(lines.get(1).hasClassName("due-soon")).isTrue();
        assertThat(lines.get(2).hasClassName("due-soon") || lines.get(2).hasClassName("overdue")).isFalse();
    }

    @Test
    void aLearnerWithoutRequiredCoursesIsToldSo() {
        signIn(fixtures.learner(ReminderFixtures.address(), true));
        HomeView view = navigate(HomeView.class);
        DeadlinesCard card = find(DeadlinesCard.class).from(view).single();
        assertThat(card.getElement().getTextRecursively()).contains("必修课程截止提醒", "目前没有待完成的必修课程。");
    }

    static PortalUser signIn(PortalUser user) {
        PortalPrincipal principal = new PortalPrincipal(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return user;
    }
}
