package cn.gov.egov.portal.learning.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.certificate.CertificateFixtures;
import cn.gov.egov.portal.learning.certificate.issue.CertificateRepository;
import cn.gov.egov.portal.learning.certificate.issue.CertificateService;
import cn.gov.egov.portal.learning.certificate.issue.IssuedCertificate;
import cn.gov.egov.portal.learning.ledger.CourseHours;
import cn.gov.egov.portal.learning.playback.LearningFixtures;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;

/** 我的证书, browserless, for learners made for each test: earned certificates listed with their download links. */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class MyCertificatesViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired CourseHours courseHours;
    @Autowired CertificateRepository certificates;
    @Autowired CertificateService service;

    LearningFixtures learning;
    CertificateFixtures fixtures;

    @BeforeEach
    void fixtures() {
        learning = new LearningFixtures(jdbc, users);
        fixtures = new CertificateFixtures(jdbc, learning, courseHours);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private PortalUser signIn(PortalUser user) {
        PortalPrincipal principal = new PortalPrincipal(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return user;
    }

    @Test
    void earnedCertificatesAreIssuedAndListedWithDownloadLinks() {
        PortalUser learner = signIn(learning.learner("530102"));
        UUID course = fixtures.course("计算机安全基础");
        fixtures.complete(learner, course);
        fixtures.examGraded(learner, "法律法规考试", "90.00", true);
        fixtures.examGraded(learner, "未通过的考试", "10.00", false);

        MyCertificatesView view = navigate(MyCertificatesView.class);

        assertThat(find(H2.class).from(view).single().getText()).isEqualTo("我的证书");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(fixtures.certificates(learner)).isEqualTo(2);
        var texts = java.util.stream.IntStream.range(0, 2).mapToObj(r -> grid.getCellText(r, 1)).toList();
        assertThat(texts).containsExactlyInAnyOrder("计算机安全基础", "法律法规考试");
        for (IssuedCertificate issued : certificates.ofLearner(learner.id())) {
            int row = texts.indexOf(issued.certificate().title());
            assertThat(grid.getCellText(row, 0)).isEqualTo(
                    issued.certificate().kind().name().equals("EXAM_PASSED") ? "考试合格证书" : "结业证书");
            assertThat(grid.getCellText(row, 5)).isEqualTo("有效");
            Anchor link = (Anchor) grid.getCellComponent(row, 6);
            assertThat(link.getHref()).isEqualTo("certificates/download/" + issued.id());
            assertThat(link.getElement().getAttribute("download")).endsWith(".pdf");
        }
        // asking again issues nothing new
        assertThat(service.issueEarnedAndList(learner)).hasSize(2);
        assertThat(fixtures.certificates(learner)).isEqualTo(2);
    }

    @Test
    void revokedCertificateIsMarkedAndOffersNoDownload() {
        PortalUser learner = signIn(learning.learner("530102"));
        fixtures.examGraded(learner, "法律法规考试", "90.00", true);
        service.issueEarnedAndList(learner);
        certificates.revoke(certificates.ofLearner(learner.id()).getFirst().id());

        MyCertificatesView view = navigate(MyCertificatesView.class);
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, 5)).isEqualTo("已撤销");
        assertThat(grid.getCellComponent(0, 6)).isNotInstanceOf(Anchor.class);
    }

    @Test
    void aLearnerWithoutCertificatesSeesTheEmptyState() {
        signIn(learning.learner("530102"));
        MyCertificatesView view = navigate(MyCertificatesView.class);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("暂无证书。完成课程或通过考试后即可获得证书。");
    }
}
