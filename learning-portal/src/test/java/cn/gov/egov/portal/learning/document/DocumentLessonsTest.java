package cn.gov.egov.portal.learning.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.course.CourseException;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.course.LessonKind;
import cn.gov.egov.portal.learning.playback.LearningFixtures;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Document lessons on the real application, PostgreSQL and object store: a real PDF made with PDFBox becomes a
 * lesson with its pages counted; a PNG renamed .pdf, a truncated PDF, an encrypted one and an oversize file are each
 * refused with a clear message, leaving the course and the object store as they were; only course administrators of
 * the course's region upload; only users who may open the course get a (working, short-lived) link; every page
 * displayed completes the lesson and credits the course once.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class DocumentLessonsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        registry.add("portal.learning.documents.max-upload-size", () -> "64KB");
    }

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired ObjectStore store;
    @Autowired DocumentUploads uploads;
    @Autowired DocumentReading reading;

    LearningFixtures fixtures;
    PortalUser admin;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixtures = new LearningFixtures(jdbc, users);
        admin = users.findByUsername("course-admin").orElseThrow();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    Lesson upload(UUID course, String title, String filename, byte[] bytes) {
        return uploads.upload(admin, course, title, 600, filename, bytes.length, new ByteArrayInputStream(bytes));
    }

    @Test
    void aRealPdfBecomesADocumentLessonWithItsPagesCounted() throws Exception {
        UUID course = fixtures.course("保密知识", "530000", false, false);
        byte[] pdf = TestPdfs.pages(3);
        Lesson lesson = upload(course, "", "保密手册.pdf", pdf);
        assertThat(lesson.kind()).isEqualTo(LessonKind.DOCUMENT);
        assertThat(lesson.title()).as("named after the file").isEqualTo("保密手册");
        assertThat(lesson.position()).isEqualTo(1);
        LessonDocument doc = uploads.document(lesson.id()).orElseThrow();
        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(doc.sizeBytes()).isEqualTo(pdf.length);
        assertThat(doc.originalName()).isEqualTo("保密手册.pdf");
        assertThat(doc.objectKey()).startsWith("originals/").endsWith("/original.pdf").isEqualTo(lesson.documentKey());
        try (InputStream in = store.get(doc.objectKey())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(jdbc.sql("""
                select summary from portal_audit_entry where action = 'LESSON_ADD' and target_id = :c
                """).param("c", course.toString()).query(String.class).single()).contains("保密手册.pdf", "3 页");
        // the size may be unknown in advance: the stream is counted
        Lesson second = uploads.upload(admin, course, "第二份", null, "b.pdf", -1,
                new ByteArrayInputStream(TestPdfs.pages(1)));
        assertThat(second.position()).isEqualTo(2);
        assertThat(uploads.document(second.id()).orElseThrow().pageCount()).isEqualTo(1);
    }

    @Test
    void filesThatAreNotGoodPdfsAreRefusedClearlyAndLeaveNothingBehind() {
        UUID course = fixtures.course("档案管理", "530000", false, false);
        upload(course, "已有课时", "ok.pdf", TestPdfs.pages(1));
        List<String> objects = originals();
        byte[] big = new byte[100 * 1024];
        ThreadLocalRandom.current().nextBytes(big);
        System.arraycopy(PdfFiles.MAGIC, 0, big, 0, PdfFiles.MAGIC.length);

        assertRefused(course, "picture.pdf", TestPdfs.png(), "not-pdf", "文件不是 PDF 文档");
        assertRefused(course, "half.pdf", TestPdfs.truncated(), "corrupt", "PDF 文件不完整或已损坏");
        assertRefused(course, "secret.pdf", TestPdfs.encrypted(), "encrypted", "PDF 文件已加密");
        assertRefused(course, "big.pdf", big, "too-large", "文件超过允许的大小（最大 64 KB）");
        assertRefused(course, "empty.pdf", new byte[0], "empty", "文件为空");
        assertRefused(course, "../etc/passwd.pdf", TestPdfs.pages(1), "filename-bad", "文件名含有控制字符或路径");
        // a file that says "%PDF-" but is garbage after it
        byte[] garbage = "%PDF-1.7\n garbage garbage\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertRefused(course, "fake.pdf", garbage, "corrupt", "PDF 文件已损坏");
        // oversize noticed while streaming when the size was not declared: the partial object is deleted
        assertThatThrownBy(() -> uploads.upload(admin, course, "大文件", null, "big2.pdf", -1,
                new ByteArrayInputStream(big))).isInstanceOf(DocumentException.class)
                .extracting(e -> ((DocumentException) e).code()).isEqualTo("too-large");

        assertThat(lessonTitles(course)).containsExactly("已有课时");
        assertThat(originals()).as("no orphan object").containsExactlyInAnyOrderElementsOf(objects);
    }

    private void assertRefused(UUID course, String name, byte[] bytes, String code, String message) {
        assertThatThrownBy(() -> upload(course, "坏文件", name, bytes)).as(name)
                .isInstanceOf(DocumentException.class).hasMessageContaining(message)
                .extracting(e -> ((DocumentException) e).code()).isEqualTo(code);
    }

    @Test
    void onlyCourseAdministratorsOfTheCoursesRegionUploadAndOnlyWhileItIsADraft() {
        UUID kunming = fixtures.course("昆明课程", "530100", false, false);
        PortalUser learner = fixtures.learner("530102");
        assertThatThrownBy(() -> uploads.upload(learner, kunming, "x", null, "a.pdf", 10,
                new ByteArrayInputStream(TestPdfs.pages(1)))).isInstanceOf(AccessDeniedException.class);
        PortalUser dali = new PortalUser(UUID.randomUUID(), "ca-" + UUID.randomUUID().toString().substring(0, 8),
                "大理课程管理员", null, "{noop}x", Role.COURSE_ADMIN, "532900", true);
        users.insert(dali);
        assertThatThrownBy(() -> uploads.upload(dali, kunming, "x", null, "a.pdf", 10,
                new ByteArrayInputStream(TestPdfs.pages(1)))).isInstanceOf(AccessDeniedException.class);
        UUID published = fixtures.course("已发布", "530000", true, false);
        assertThatThrownBy(() -> upload(published, "x", "a.pdf", TestPdfs.pages(1)))
                .isInstanceOf(CourseException.class).extracting(e -> ((CourseException) e).code())
                .isEqualTo("course-published");
        assertThat(lessonTitles(kunming)).isEmpty();
        assertThat(lessonTitles(published)).isEmpty();
    }

    @Test
    void onlyUsersWhoMayOpenTheCourseGetAShortLivedLinkThatWorks() throws Exception {
        UUID course = fixtures.course("昆明讲义", "530100", false, false);
        byte[] pdf = TestPdfs.pages(2);
        Lesson lesson = upload(course, "讲义", "handout.pdf", pdf);
        UUID video = fixtures.video(course, "视频", 60);
        PortalUser inKunming = fixtures.learner("530102");
        PortalUser inDali = fixtures.learner("532901");
        String link = "/api/learning/documents/" + lesson.id() + "/link";

        // a draft: nobody but its administrators
        mvc.perform(as(inKunming, get(link))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("课程内容不存在或您无权查看"));
        jdbc.sql("update course set status = 'PUBLISHED' where id = :c").param("c", course).update();
        String body = mvc.perform(as(inKunming, get(link))).andExpect(status().isOk())
                .andExpect(jsonPath("$.url").exists()).andReturn().getResponse().getContentAsString();
        String url = com.jayway.jsonpath.JsonPath.read(body, "$.url");
        assertThat(url).contains("X-Amz-Expires=60").contains("original.pdf");
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(pdf);

        mvc.perform(as(inDali, get(link))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("not-found"));
        mvc.perform(as(inKunming, get("/api/learning/documents/" + video + "/link")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("该课时不是文档"));
        mvc.perform(as(inKunming, get("/api/learning/documents/not-a-uuid/link"))).andExpect(status().isNotFound());
        mvc.perform(get(link)).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
        assertThatThrownBy(() -> reading.pageShown(inDali, lesson.id(), 1)).isInstanceOf(DocumentException.class)
                .hasMessage("课程内容不存在或您无权查看");
    }

    @Test
    void everyPageDisplayedCompletesTheLessonAndCreditsTheCourseOnce() {
        UUID course = fixtures.course("党纪学习", "530000", false, false);
        Lesson lesson = upload(course, "学习材料", "material.pdf", TestPdfs.pages(3));
        jdbc.sql("update course set status = 'PUBLISHED' where id = :c").param("c", course).update();
        PortalUser learner = fixtures.learner("530102");

        assertThat(reading.pageShown(learner, lesson.id(), 1).complete()).isFalse();
        assertThat(reading.pageShown(learner, lesson.id(), 2).pagesSeen()).containsExactly(1, 2);
        assertThat(reading.pageShown(learner, lesson.id(), 2).pagesSeen()).as("once per page").containsExactly(1, 2);
        for (int bad : new int[] {0, 4, -1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> reading.pageShown(learner, lesson.id(), bad))
                    .isInstanceOf(DocumentException.class).extracting(e -> ((DocumentException) e).code())
                    .isEqualTo("page-bad");
        }
        assertThat(fixtures.ledgerLines(learner)).as("two of three pages").isZero();
        var done = reading.pageShown(learner, lesson.id(), 3);
        assertThat(done.complete()).isTrue();
        assertThat(done.pagesSeen()).containsExactly(1, 2, 3);
        assertThat(reading.open(learner, lesson.id()).complete()).isTrue();
        assertThat(jdbc.sql("""
                select source_kind || ' ' || rule_code from hour_ledger_entry where learner_id = :l
                """).param("l", learner.id()).query(String.class).list()).containsExactly("COURSE MICRO_COURSE");
        reading.pageShown(learner, lesson.id(), 1);
        assertThat(fixtures.ledgerLines(learner)).as("credited once").isEqualTo(1);
    }

    @Test
    void aDocumentLessonHoldsTheCourseUntilEveryPageWasShown() {
        UUID course = fixtures.course("视频加文档", "530000", false, false);
        Lesson lesson = upload(course, "材料", "m.pdf", TestPdfs.pages(2));
        UUID video = fixtures.video(course, "视频", 60);
        jdbc.sql("update course set status = 'PUBLISHED' where id = :c").param("c", course).update();
        PortalUser learner = fixtures.learner("530102");
        jdbc.sql("""
                insert into lesson_progress (learner_id, lesson_id, duration_ms, last_position_ms, furthest_ms,
                    credited_ms, completed_at, updated_at) values (:l, :lesson, 60000, 60000, 60000, 60000, now(),
                    now())
                """).param("l", learner.id()).param("lesson", video).update();
        var hours = context.getBean(cn.gov.egov.portal.learning.ledger.CourseHours.class);
        assertThat(hours.awardIfComplete(learner.id(), learner.regionCode(), course)).as("document unread").isEmpty();
        reading.pageShown(learner, lesson.id(), 2);
        assertThat(fixtures.ledgerLines(learner)).isZero();
        reading.pageShown(learner, lesson.id(), 1);
        assertThat(fixtures.ledgerLines(learner)).isEqualTo(1);
        // an administrator's preview of a draft records nothing
        UUID draft = fixtures.course("草稿", "530000", false, false);
        Lesson previewed = upload(draft, "草稿材料", "d.pdf", TestPdfs.pages(1));
        assertThat(reading.pageShown(admin, previewed.id(), 1).complete()).isFalse();
        assertThat(jdbc.sql("select count(*) from document_progress where lesson_id = :l")
                .param("l", previewed.id()).query(Long.class).single()).isZero();
    }

    private List<String> lessonTitles(UUID course) {
        return jdbc.sql("select title from lesson where course_id = :c order by position").param("c", course)
                .query(String.class).list();
    }

    private List<String> originals() {
        return store.list("originals/").stream().map(ObjectStore.ObjectInfo::key).toList();
    }

    static MockHttpServletRequestBuilder as(PortalUser user, MockHttpServletRequestBuilder request) {
        PortalPrincipal principal = new PortalPrincipal(user);
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities())));
    }
}
