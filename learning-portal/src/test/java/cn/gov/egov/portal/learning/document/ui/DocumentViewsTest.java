package cn.gov.egov.portal.learning.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.course.ui.CourseEditorView;
import cn.gov.egov.portal.learning.course.ui.CourseView;
import cn.gov.egov.portal.learning.document.DocumentUploads;
import cn.gov.egov.portal.learning.document.TestPdfs;
import cn.gov.egov.portal.learning.playback.LearningFixtures;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;

/**
 * The document screens on the real application: the course page links a document lesson to its viewer; the viewer
 * shows the lesson with its file name (markup in it shown as text) or, for a course the user may not open, a clear
 * refusal and no viewer; the lessons editor lists the uploaded file's name as text.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class DocumentViewsTest extends SpringBrowserlessTest {

    static final String XSS_NAME = "<img src=x onerror=alert(1)>讲义.pdf";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired DocumentUploads uploads;

    Lesson documentLesson(String region, boolean publish) {
        LearningFixtures fixtures = new LearningFixtures(jdbc, users);
        UUID course = fixtures.course("文档课程", region, false, false);
        PortalUser admin = users.findByUsername("course-admin").orElseThrow();
        byte[] pdf = TestPdfs.pages(3);
        Lesson lesson = uploads.upload(admin, course, "<b>第一份</b>材料", 300, XSS_NAME, pdf.length,
                new ByteArrayInputStream(pdf));
        if (publish) {
            jdbc.sql("update course set status = 'PUBLISHED' where id = :c").param("c", course).update();
        }
        return lesson;
    }

    @Test
    @WithPortalUser("learner")
    void theCoursePageLinksTheViewerWhichShowsTheFileNameAsText() {
        Lesson lesson = documentLesson("530000", true);
        CourseView course = navigate("courses/" + lesson.courseId(), CourseView.class);
        Anchor link = find(Anchor.class).from(course).withClassName("lesson-link").single();
        assertThat(link.getHref()).isEqualTo("/learn/document/" + lesson.id());
        assertThat(link.getText()).isEqualTo("<b>第一份</b>材料");

        DocumentViewerView view = navigate("learn/document/" + lesson.id(), DocumentViewerView.class);
        H3 title = find(H3.class).from(view).withClassName("document-title").single();
        assertThat(title.getText()).isEqualTo("<b>第一份</b>材料");
        Span file = find(Span.class).from(view).withClassName("document-file").single();
        assertThat(file.getText()).isEqualTo("文件：" + XSS_NAME + "（共 3 页）");
        assertThat(file.getElement().getChildren().allMatch(e -> e.isTextNode())).isTrue();
        assertThat(file.getElement().getProperty("innerHTML")).isNull();
        assertThat(view.progress.getText()).isEqualTo("已阅读 0 / 3 页（每一页都显示过即完成本课时）");
        assertThat(view.viewer.getElement().getAttribute("link"))
                .isEqualTo("/api/learning/documents/" + lesson.id() + "/link");
        assertThat(view.viewer.getElement().getAttribute("start-page")).isEqualTo("1");
        assertThat(view.viewer.getElement().getAttribute("text-next")).isEqualTo("下一页");
    }

    @Test
    @WithPortalUser("learner")
    void aCourseTheLearnerMayNotOpenGetsAClearRefusalAndNoViewer() {
        Lesson dali = documentLesson("532900", true);
        DocumentViewerView view = navigate("learn/document/" + dali.id(), DocumentViewerView.class);
        assertThat(view.refusal.getText()).isEqualTo("课程内容不存在或您无权查看。");
        assertThat(find(PdfViewer.class).from(view).all()).isEmpty();
        Lesson draft = documentLesson("530000", false);
        view = navigate("learn/document/" + draft.id(), DocumentViewerView.class);
        assertThat(view.refusal.getText()).isEqualTo("课程内容不存在或您无权查看。");
        view = navigate("learn/document/nonsense", DocumentViewerView.class);
        assertThat(view.refusal.getText()).isEqualTo("课程内容不存在或您无权查看。");
        assertThat(find(PdfViewer.class).from(view).all()).isEmpty();
    }

    @Test
    @WithPortalUser("course-admin")
    void theLessonsEditorListsTheUploadedFileNameAsText() {
        Lesson lesson = documentLesson("530000", false);
        CourseEditorView editor = navigate("admin/courses/" + lesson.courseId(), CourseEditorView.class);
        @SuppressWarnings("unchecked")
        Grid<Lesson> grid = find(Grid.class).from(editor).withClassName("lessons-grid").single();
        assertThat(test(grid).getCellText(0, 3)).isEqualTo(XSS_NAME + " · 3 页");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("<b>第一份</b>材料");
        // the administrator previews the draft in the viewer; reading is not recorded
        DocumentViewerView view = navigate("learn/document/" + lesson.id(), DocumentViewerView.class);
        assertThat(view.viewer).isNotNull();
        assertThat(view.progress.getText()).isEmpty();
    }
}
