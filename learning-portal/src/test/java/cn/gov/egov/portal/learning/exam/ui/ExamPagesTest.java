package cn.gov.egov.portal.learning.exam.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.dom.Element;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStore;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.service.ExamDefinitionService;
import cn.gov.egov.portal.learning.exam.service.ExamTestSupport;
import cn.gov.egov.portal.learning.exam.service.QuestionBankService;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.learning.exam.store.StoredQuestion;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;
import cn.gov.egov.platform.testing.MutableClock;

/**
 * The exam pages browserless: the learner's page holds no right answer anywhere in its component tree, shows markup
 * in questions as text, saves as the learner goes, resumes with the server's remaining time, and submits after
 * confirmation; the bank shows imported script text as text.
 */
@SpringBootTest(properties = "portal.exam.sweep-interval=1h")
@ActiveProfiles("dev")
@DirtiesContext
@Import(ExamTestSupport.ClockConfig.class)
class ExamPagesTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired MutableClock clock;
    @Autowired UserRepository users;
    @Autowired QuestionRepository questions;
    @Autowired ExamDefinitionService definitions;
    @Autowired QuestionBankService bank;
    @Autowired AttemptStore store;

    PortalUser admin;
    PortalUser learner;
    List<Question> qs;
    StoredExam exam;

    @BeforeEach
    void setUp() {
        admin = users.findByUsername("course-admin").orElseThrow();
        learner = users.findByUsername("learner").orElseThrow();
        qs = ExamTestSupport.addQuestions(questions, admin.regionCode(), clock);
        exam = definitions.save(admin, ExamTestSupport.fixedDraft(qs, ExamTestSupport.policy(60, 3),
                clock.instant().minus(Duration.ofHours(1)), null));
    }

    @Test
    @WithPortalUser("learner")
    void theExamPageHoldsNoRightAnswerShowsMarkupAsTextAndSavesAsTheLearnerGoes() {
        navigate("exams/" + exam.exam().id(), ExamTakingView.class);
        test(find(Button.class).withClassName("exam-start").single()).click();

        List<String> everything = texts();
        assertThat(everything).noneMatch(t -> t.contains(ExamTestSupport.SECRET_ACCEPTED))
                .noneMatch(t -> t.contains(ExamTestSupport.SECRET_EXPLANATION));
        assertThat(find(Span.class).withClassName("exam-stem").all()).extracting(Span::getText)
                .anyMatch(t -> t.contains(ExamTestSupport.XSS));
        assertThat(find(Html.class).all()).isEmpty();
        assertThat(find(Span.class).withId("exam-timer").single().getText()).isEqualTo("1:00:00");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> single = find(RadioButtonGroup.class).all().getFirst();
        single.setValue("B");
        Attempt attempt = store.findByLearner(exam.exam().id(), learner.id()).getFirst();
        assertThat(attempt.answerMap()).containsEntry(qs.getFirst().id(), Answer.Choice.of("B"));
        assertThat(find(Span.class).withClassName("exam-saved").single().getText()).startsWith("已保存");

        test(find(Button.class).withClassName("exam-submit").single()).click();
        test(find(Button.class).withClassName("exam-confirm-submit").single()).click();
        assertThat(store.find(attempt.id()).orElseThrow().status().isFinished()).isTrue();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withClassName("exam-score").single()
                .getText()).startsWith("得分 ");
        // the review level after submitting is SCORE: still no right answer or explanation on the page
        assertThat(texts()).noneMatch(t -> t.contains(ExamTestSupport.SECRET_ACCEPTED))
                .noneMatch(t -> t.contains(ExamTestSupport.SECRET_EXPLANATION));
    }

    @Test
    @WithPortalUser("learner")
    void aClosedBrowserResumesTheSameAttemptWithTheServersRemainingTime() {
        navigate("exams/" + exam.exam().id(), ExamTakingView.class);
        test(find(Button.class).withClassName("exam-start").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> judge = find(RadioButtonGroup.class).all().get(1);
        judge.setValue(true);
        String attemptId = store.findByLearner(exam.exam().id(), learner.id()).getFirst().id();

        clock.advance(Duration.ofMinutes(12).plusSeconds(30));
        navigate("exams/" + exam.exam().id(), ExamTakingView.class);   // a new page, as after closing the browser
        Button resume = find(Button.class).withClassName("exam-start").single();
        assertThat(resume.getText()).contains("继续作答");
        test(resume).click();
        assertThat(find(Span.class).withId("exam-timer").single().getText()).isEqualTo("47:30");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> again = find(RadioButtonGroup.class).all().get(1);
        assertThat(again.getValue()).isTrue();
        assertThat(store.findByLearner(exam.exam().id(), learner.id())).extracting(Attempt::id)
                .containsExactly(attemptId);
    }

    @Test
    @WithPortalUser("learner")
    void theResultPageShowsWhatTheReviewOptionsAllowBeforeAndAfterTheExamCloses() {
        StoredExam closing = definitions.save(admin, ExamTestSupport.fixedDraft(qs, ExamTestSupport.policy(30, 3),
                clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofHours(2))));
        navigate("exams/" + closing.exam().id(), ExamTakingView.class);
        test(find(Button.class).withClassName("exam-start").single()).click();
        test(find(Button.class).withClassName("exam-submit").single()).click();
        test(find(Button.class).withClassName("exam-confirm-submit").single()).click();
        assertThat(texts()).anyMatch(t -> t.startsWith("得分 0.00 / 3.00"))
                .noneMatch(t -> t.startsWith("正确答案：")).noneMatch(t -> t.contains(ExamTestSupport.SECRET_ACCEPTED));

        clock.advance(Duration.ofHours(3));   // closed: the defaults now show the right answers and explanations
        navigate("exams/" + closing.exam().id(), ExamTakingView.class);
        assertThat(texts()).anyMatch(t -> t.equals("正确答案：" + ExamTestSupport.SECRET_ACCEPTED))
                .anyMatch(t -> t.equals("解析：" + ExamTestSupport.SECRET_EXPLANATION))
                .anyMatch(t -> t.equals("你的答案：未作答"));
    }

    @Test
    @WithPortalUser("course-admin")
    void theBankShowsImportedScriptAsText() {
        CategoryPath into = CategoryPath.of("界面", UUID.randomUUID().toString().substring(0, 8));
        String gift = "::xss::<script>alert('x')</script>哪个对？{=<img src\\=x onerror\\=alert(1)> ~错的}\n";
        bank.importFile(admin, "xss.gift", new ByteArrayInputStream(gift.getBytes(StandardCharsets.UTF_8)), into);
        QuestionBankView view = navigate(QuestionBankView.class);
        @SuppressWarnings("unchecked")
        Grid<StoredQuestion> grid = find(Grid.class).from(view).single();
        StoredQuestion imported = grid.getGenericDataView().getItems()
                .filter(q -> q.question().category().equals(into)).findFirst().orElseThrow();
        assertThat(imported.question().stem()).contains("<script>");
        new QuestionDialog(imported, () -> { }).open();
        assertThat(find(Span.class).all()).extracting(Span::getText)
                .anyMatch(t -> t.contains("<script>alert('x')</script>哪个对？"))
                .anyMatch(t -> t.contains("<img src=x onerror=alert(1)>"));
        assertThat(find(Html.class).all()).isEmpty();
    }

    @Test
    @WithPortalUser("course-admin")
    void theImportDialogReportsSkippedItemsAndRefusedFiles() throws Exception {
        QuestionBankView view = navigate(QuestionBankView.class);
        test(find(Button.class).withClassName("exam-import").from(view).single()).click();
        String target = "对话框/" + UUID.randomUUID().toString().substring(0, 8);
        find(com.vaadin.flow.component.textfield.TextField.class)
                .withLabel("导入到分类").single().setValue(target);
        Upload upload = find(Upload.class).withId("exam-import-upload").single();
        byte[] broken;
        try (var in = getClass().getResourceAsStream("/cn/gov/egov/portal/learning/exam/imports/moodle-broken.xml")) {
            broken = in.readAllBytes();
        }
        test(upload).upload("moodle-broken.xml", "text/xml", broken);
        roundTrip();
        assertThat(reportTexts()).anyMatch(t -> t.startsWith("未导入任何试题：XML 格式错误（第 "));
        assertThat(bank.list(admin, CategoryPath.parse(target), null, 0, 10)).isEmpty();

        byte[] all;
        try (var in = getClass().getResourceAsStream("/cn/gov/egov/portal/learning/exam/imports/moodle-all-types.xml")) {
            all = in.readAllBytes();
        }
        test(upload).upload("moodle-all-types.xml", "text/xml", all);
        roundTrip();
        assertThat(reportTexts()).anyMatch(t -> t.startsWith("导入 ") && t.contains("跳过"))
                .anyMatch(t -> t.startsWith("跳过：") && t.contains("问答题（essay）"));
        assertThat(bank.list(admin, CategoryPath.parse(target), null, 0, 500)).isNotEmpty();
    }

    @Test
    @WithPortalUser("course-admin")
    void anAdministratorDefinesAnExamFromTheBankAndIsToldWhenAPaperCannotBeDrawn() {
        ExamAdminView view = navigate(ExamAdminView.class);
        test(find(Button.class).withClassName("exam-new").from(view).single()).click();
        String title = "页面建的考试 " + UUID.randomUUID().toString().substring(0, 6);
        find(com.vaadin.flow.component.textfield.TextField.class).withLabel("考试名称").single().setValue(title);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Question> picker = find(MultiSelectComboBox.class).single();
        picker.setValue(new java.util.HashSet<>(qs));
        test(find(Button.class).withClassName("exam-save").single()).click();
        StoredExam made = definitions.list(admin).stream().filter(e -> e.exam().title().equals(title)).findFirst()
                .orElseThrow();
        assertThat(made.exam().paper()).isInstanceOf(PaperSpec.Fixed.class);
        assertThat(((PaperSpec.Fixed) made.exam().paper()).questionIds())
                .containsExactlyInAnyOrderElementsOf(qs.stream().map(Question::id).toList());

        test(find(Button.class).withClassName("exam-new").from(view).single()).click();
        find(com.vaadin.flow.component.textfield.TextField.class).withLabel("考试名称").last().setValue("抽不出");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = find(RadioButtonGroup.class).last();
        mode.setValue("DRAWN");
        test(find(Button.class).withText("添加抽题规则").last()).click();
        @SuppressWarnings("unchecked")
        var category = (com.vaadin.flow.component.combobox.ComboBox<CategoryPath>) find(
                com.vaadin.flow.component.combobox.ComboBox.class).withLabel("分类").last();
        category.setValue(qs.getFirst().category());
        find(com.vaadin.flow.component.textfield.IntegerField.class).withLabel("数量").last().setValue(9);
        test(find(Button.class).withClassName("exam-save").last()).click();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withClassName("exam-editor-error").last()
                .getText()).contains("只有 3 道可用，少于要求抽取的 9 道");
        assertThat(definitions.list(admin)).noneMatch(e -> e.exam().title().equals("抽不出"));
    }

    private List<String> reportTexts() {
        List<String> out = new ArrayList<>();
        find(com.vaadin.flow.component.html.Div.class).withClassName("exam-import-report").single().getChildren()
                .forEach(c -> out.add(c.getElement().getText()));
        return out;
    }

    /** Every text, property and attribute value of every element on the page, dialogs included. */
    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        collect(UI.getCurrent().getElement(), out);
        UI.getCurrent().getChildren().forEach(c -> collect(c, out));
        return out;
    }

    private static void collect(Component c, List<String> out) {
        collect(c.getElement(), out);
        c.getChildren().forEach(child -> collect(child, out));
    }

    private static void collect(Element e, List<String> out) {
        out.add(e.getText());
        e.getPropertyNames().forEach(p -> out.add(String.valueOf(e.getProperty(p))));
        e.getAttributeNames().forEach(a -> out.add(String.valueOf(e.getAttribute(a))));
        e.getChildren().forEach(child -> collect(child, out));
    }
}
