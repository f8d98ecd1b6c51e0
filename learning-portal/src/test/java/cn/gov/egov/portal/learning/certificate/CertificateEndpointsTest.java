package cn.gov.egov.portal.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.certificate.issue.CertificateRepository;
import cn.gov.egov.portal.learning.certificate.issue.CertificateService;
import cn.gov.egov.portal.learning.certificate.issue.IssuedCertificate;
import cn.gov.egov.portal.learning.ledger.CourseHours;
import cn.gov.egov.portal.learning.playback.LearningFixtures;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Certificates end to end on the real PostgreSQL behind the real security filter chain: issued once a course is
 * credited by CourseHours or an exam's grade is a pass (and only then), idempotently; the PDF for its owner only, its
 * QR code leading to the verification page; {@code /verify/{code}} without log-in, showing the masked name and the
 * title and nothing more, and a clear 404 for unknown, malformed, overlong and revoked codes.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class CertificateEndpointsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("portal.certificates.public-base", () -> "https://peixun.example.gov.cn");
    }

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired CourseHours courseHours;
    @Autowired CertificateService certificates;
    @Autowired CertificateRepository repository;

    MockMvc mvc;
    CertificateFixtures fixtures;
    PortalUser learner;
    PortalUser other;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures = new CertificateFixtures(jdbc, new LearningFixtures(jdbc, users), courseHours);
        learner = user("张小三");
        other = user("李四");
    }

    private PortalUser user(String name) {
        UUID id = UUID.randomUUID();
        PortalUser u = new PortalUser(id, "c-" + id.toString().substring(0, 12), name, null, "{noop}unused",
                Role.LEARNER, "530102", true);
        users.insert(u);
        return u;
    }

    @Test
    void courseCertificateIssuedOnlyOnceCompletedAndOnlyOnce() {
        UUID course = fixtures.course("公文写作规范");
        assertThat(certificates.issueForCourse(learner, course)).isEmpty();
        assertThat(certificates.issueEarnedAndList(learner)).isEmpty();

        fixtures.complete(learner, course);
        IssuedCertificate first = certificates.issueForCourse(learner, course).orElseThrow();
        IssuedCertificate again = certificates.issueForCourse(learner, course).orElseThrow();
        assertThat(certificates.issueEarnedAndList(learner)).extracting(IssuedCertificate::id)
                .containsExactly(first.id());

        assertThat(again).isEqualTo(first);
        assertThat(fixtures.certificates(learner)).isEqualTo(1);
        Certificate c = first.certificate();
        assertThat(c.kind()).isEqualTo(CertificateKind.COURSE_COMPLETED);
        assertThat(c.title()).isEqualTo("公文写作规范");
        assertThat(c.learnerName()).isEqualTo("张小三");
        assertThat(c.learnerUnit()).isEqualTo("云南省昆明市五华区");
        assertThat(c.hours()).isEqualByComparingTo("0.25");
        assertThat(c.number()).matches("ZS\\d{4}-\\d{6}");
        assertThat(VerificationCodes.isWellFormed(c.verificationCode())).isTrue();
        // another learner who did not complete the course gets nothing
        assertThat(certificates.issueForCourse(other, course)).isEmpty();
    }

    @Test
    void examCertificateOnlyForAPassWithTheScore() {
        UUID passed = fixtures.examGraded(learner, "法律法规知识考试", "86.50", true);
        UUID failed = fixtures.examGraded(learner, "计算机基础考试", "40.00", false);

        assertThat(certificates.issueForExam(learner, failed)).isEmpty();
        assertThat(certificates.issueEarnedAndList(learner)).singleElement().satisfies(i -> {
            assertThat(i.sourceId()).isEqualTo(passed);
            assertThat(i.certificate().kind()).isEqualTo(CertificateKind.EXAM_PASSED);
            assertThat(i.certificate().score()).isEqualByComparingTo("86.5");
        });
        assertThat(certificates.issueForExam(learner, passed).orElseThrow().id())
                .isEqualTo(certificates.issueEarnedAndList(learner).getFirst().id());
        assertThat(fixtures.certificates(learner)).isEqualTo(1);
    }

    @Test
    void ownerDownloadsThePdfWhoseQrLeadsToTheVerificationPage() throws Exception {
        IssuedCertificate issued = courseCertificate();
        MockHttpServletResponse response = mvc.perform(as(learner, get("/certificates/download/" + issued.id())))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment")
                .contains(issued.certificate().number());
        byte[] pdf = response.getContentAsByteArray();
        String code = issued.certificate().verificationCode();
        assertThat(PdfReading.decodeQr(PdfReading.qrCorner(pdf, 200)))
                .isEqualTo("https://peixun.example.gov.cn/verify/" + code);
        assertThat(PdfReading.text(pdf)).contains("结 业 证 书", "张小三", "公文写作规范", "0.25 学时",
                VerificationCodes.grouped(code), "https://peixun.example.gov.cn/verify/" + code);
    }

    @Test
    void anotherLearnerAnonymousOrUnknownIdGetsNoPdf() throws Exception {
        IssuedCertificate issued = courseCertificate();
        MockHttpServletResponse refused = mvc.perform(as(other, get("/certificates/download/" + issued.id())))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).isEqualTo("只能下载本人的证书");

        int anonymous = mvc.perform(get("/certificates/download/" + issued.id())).andReturn().getResponse()
                .getStatus();
        assertThat(anonymous).isIn(302, 401);

        MockHttpServletResponse unknown = mvc.perform(as(learner,
                get("/certificates/download/" + UUID.randomUUID()))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).isEqualTo("证书不存在");
        assertThat(mvc.perform(as(learner, get("/certificates/download/not-a-uuid"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aNameTheFontCannotPrintIsRefusedClearlyAndTheCertificateStays() throws Exception {
        PortalUser rare = user("𠮷田");
        UUID course = fixtures.course("公文写作规范");
        fixtures.complete(rare, course);
        IssuedCertificate issued = certificates.issueForCourse(rare, course).orElseThrow();
        MockHttpServletResponse response = mvc.perform(as(rare, get("/certificates/download/" + issued.id())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("text/plain");
        assertThat(response.getContentAsString()).contains("姓名", "𠮷").doesNotContain("Exception", "at cn.gov");
        // nothing lost: the certificate is still there and still verifies
        assertThat(certificates.issueForCourse(rare, course)).contains(issued);
        assertThat(mvc.perform(get("/verify/" + issued.certificate().verificationCode())).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void verificationPageShowsMaskedNameAndTitleWithoutLogIn() throws Exception {
        IssuedCertificate issued = courseCertificate();
        String code = issued.certificate().verificationCode();
        for (String typed : new String[] {code, VerificationCodes.grouped(code).toLowerCase()}) {
            MockHttpServletResponse page = mvc.perform(get("/verify/" + typed)).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            String html = page.getContentAsString();
            assertThat(html).contains("证书有效", "张*三", "公文写作规范", issued.certificate().number(), "0.25",
                    "云南省公务员培训平台");
            assertThat(html).doesNotContain("张小三", "五华区", "昆明市", learner.id().toString(), learner.username(),
                    issued.id().toString());
        }
    }

    @Test
    void unknownMalformedAndOverlongCodesAreNotFoundClearly() throws Exception {
        courseCertificate();
        for (String code : new String[] {"2222333344445555", "<script>alert(1)</script>", "0O1I",
                "A".repeat(5000), "你好证书", "7KQ2-XH9M-WR4T-BN3P-EXTRA"}) {
            MockHttpServletResponse page = mvc.perform(get("/verify/" + code)).andReturn().getResponse();
            assertThat(page.getStatus()).as(code).isEqualTo(404);
            assertThat(page.getContentAsString()).as(code).contains("未找到该验证码对应的证书")
                    .doesNotContain("<script>alert", "Exception", "张*三", "at cn.gov");
        }
        for (String path : new String[] {"/verify/", "/verify", "/verify/a/b/c"}) {
            MockHttpServletResponse page = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(404);
            assertThat(page.getContentAsString()).as(path).contains("未找到该验证码对应的证书");
        }
    }

    @Test
    void revokedCertificateSaysSo() throws Exception {
        IssuedCertificate issued = courseCertificate();
        repository.revoke(issued.id());
        MockHttpServletResponse page = mvc.perform(get("/verify/" + issued.certificate().verificationCode()))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentAsString()).contains("该证书已撤销", "revoked").doesNotContain("证书有效");
    }

    @Test
    void markupInATitleIsShownAsText() throws Exception {
        UUID course = fixtures.course("<img src=x onerror=alert(1)>课程");
        fixtures.complete(learner, course);
        IssuedCertificate issued = certificates.issueForCourse(learner, course).orElseThrow();
        String html = mvc.perform(get("/verify/" + issued.certificate().verificationCode())).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;课程").doesNotContain("<img");
    }

    private IssuedCertificate courseCertificate() {
        UUID course = fixtures.course("公文写作规范");
        fixtures.complete(learner, course);
        return certificates.issueForCourse(learner, course).orElseThrow();
    }

    private static MockHttpServletRequestBuilder as(PortalUser user, MockHttpServletRequestBuilder request) {
        PortalPrincipal principal = new PortalPrincipal(user);
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities())));
    }
}
