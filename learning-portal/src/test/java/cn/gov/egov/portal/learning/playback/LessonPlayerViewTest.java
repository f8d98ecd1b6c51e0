package cn.gov.egov.portal.learning.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.home.ui.HomeView;
import cn.gov.egov.portal.learning.hours.HourCategory;
import cn.gov.egov.portal.learning.hours.LedgerEntry;
import cn.gov.egov.portal.learning.hours.SourceKind;
import cn.gov.egov.portal.learning.ledger.CourseHours;
import cn.gov.egov.portal.learning.ledger.LedgerRepository;
import cn.gov.egov.portal.learning.playback.ui.LessonPlayer;
import cn.gov.egov.portal.learning.playback.ui.LessonPlayerView;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;

/** The player page and the home page's learning card, browserless, for learners made for each test. */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class LessonPlayerViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired LedgerRepository ledgers;

    LearningFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LearningFixtures(jdbc, users);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static PortalUser signIn(PortalUser user) {
        PortalPrincipal principal = new PortalPrincipal(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return user;
    }

    @Test
    void thePlayerPageStartsAVerifiedPlaybackWithTheCoursesRules() {
        signIn(fixtures.learner("530102"));
        UUID course = fixtures.course("公文写作", "530000", true, false);
        UUID lesson = fixtures.video(course, "第一讲 公文格式", 120);
        LessonPlayerView view = navigate(LessonPlayerView.class, lesson.toString());
        assertThat(find(H2.class).from(view).single().getText()).isEqualTo("公文写作");
        var player = find(LessonPlayer.class).from(view).single().getElement();
        assertThat(player.getAttribute("session-id")).hasSize(22);
        assertThat(player.getAttribute("src")).matches("/media/play/[0-9a-f-]{36}/master.m3u8");
        assertThat(player.hasAttribute("seek-limited")).isTrue();
        assertThat(player.getAttribute("interval")).isEqualTo("15000");
        assertThat(player.getAttribute("text-presence")).isEqualTo("请确认您仍在学习");
        assertThat(player.getAttribute("text-initial")).isEqualTo("已计学习时长 0.0 分钟（0%）");
    }

    @Test
    void aCourseThatAllowsSeekingIsNotSeekLimited() {
        signIn(fixtures.learner("530102"));
        UUID lesson = fixtures.video(fixtures.course("复习课", "530000", true, true), "第一讲", 60);
        LessonPlayerView view = navigate(LessonPlayerView.class, lesson.toString());
        assertThat(find(LessonPlayer.class).from(view).single().getElement().hasAttribute("seek-limited")).isFalse();
    }

    @Test
    void aLearnerOfAnotherRegionIsToldWhyNotAndGetsNoPlayer() {
        signIn(fixtures.learner("110101"));
        UUID lesson = fixtures.video(fixtures.course("云南省课程", "530000", true, false), "第一讲", 60);
        LessonPlayerView view = navigate(LessonPlayerView.class, lesson.toString());
        assertThat(find(Paragraph.class).from(view).single().getText()).isEqualTo("该课程不面向您所在的区域。");
        assertThat(find(LessonPlayer.class).from(view).all()).isEmpty();
        view = navigate(LessonPlayerView.class, "not-a-lesson");
        assertThat(find(Paragraph.class).from(view).single().getText()).isEqualTo("课程内容不存在。");
    }

    @Test
    void theHomePageShowsThisYearsHoursAndCoursesInProgress() {
        PortalUser learner = signIn(fixtures.learner("530102"));
        LocalDate today = LocalDate.now(CourseHours.CHINA);
        ledgers.insert(learner.id(), Year.from(today), new LedgerEntry(today, SourceKind.COURSE, "c-1", "保密知识",
                HourCategory.REQUIRED, new BigDecimal("1.00"), "COURSE_30_PLUS", "课程学习时长 32 分钟，计 1.00 学时",
                null), Instant.now());
        UUID course = fixtures.course("公文写作", "530000", true, false);
        UUID lesson = fixtures.video(course, "第一讲", 120);
        jdbc.sql("""
                insert into lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                    credited_ms, updated_at) values (:l, :lesson, 120000, 30000, 30000, 30000, now())
                """).param("l", learner.id()).param("lesson", lesson).update();
        HomeView view = navigate(HomeView.class);
        assertThat(find(Paragraph.class).from(view).all()).extracting(Paragraph::getText).contains(
                today.getYear() + " 年已获 1.00 学时，要求 50.00 学时（完成 2.0%）",
                "必修：1.00 / 20.00 · 选修：0.00 / 30.00");
        Anchor line = find(Anchor.class).from(view).all().stream()
                .filter(a -> a.getText().startsWith("公文写作")).findFirst().orElseThrow();
        assertThat(line.getText()).isEqualTo("公文写作（已学 25%）");
        assertThat(line.getHref()).isEqualTo("learn/lesson/" + lesson);
    }
}
