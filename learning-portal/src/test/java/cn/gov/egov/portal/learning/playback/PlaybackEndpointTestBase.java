package cn.gov.egov.portal.learning.playback;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;
import cn.gov.egov.platform.testing.MutableClock;

/**
 * The real application behind the real security filter chain (MockMvc) on the real PostgreSQL, with its clock
 * replaced by one the tests move, a presence check exactly 10 minutes into every playback, and helpers to send
 * heartbeats as a learner.
 */
@SpringBootTest
@Import(PlaybackEndpointTestBase.Clocks.class)
@DirtiesContext
@ActiveProfiles("dev")
abstract class PlaybackEndpointTestBase {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-05-11T02:00:00Z"));

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
        // a presence check exactly 10 minutes into every playback (the other tests play for less)
        registry.add("portal.learning.playback.presence-min", () -> "PT10M");
        registry.add("portal.learning.playback.presence-max", () -> "PT10M");
    }

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired PlaybackService playback;
    @Autowired ProgressWriter writer;
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

    /** The credit stored in the database, after the beats waiting for the group commit are written. */
    long stored(PortalUser user, UUID lessonId) {
        writer.flush();
        return fixtures.credited(user, lessonId);
    }

    void advance(int seconds) {
        CLOCK.advance(Duration.ofSeconds(seconds));
    }

}
