package cn.gov.egov.portal.learning.exam.ui;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.service.ExamOverview;
import cn.gov.egov.portal.learning.exam.service.ExamTakingService;
import cn.gov.egov.portal.learning.exam.view.AnswerView;
import cn.gov.egov.portal.learning.exam.view.AttemptView;
import cn.gov.egov.portal.learning.exam.view.QuestionView;
import cn.gov.egov.portal.learning.exam.view.ReviewView;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 考试 — {@code /exams/{examId}}: the exam's rules and the learner's results; start or resume; then all questions on
 * one page, each answer saved as it is given; a countdown from the server's remaining seconds (re-read every 30 s
 * and when it reaches zero — the server decides, and hands the paper in at the deadline itself); 交卷 with
 * confirmation; the result as the review options allow.
 */
@Route(value = "exams", layout = MainLayout.class)
@PermitAll
public class ExamTakingView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int SYNC_MILLIS = 30_000;

    private final ExamTakingService service;
    private final PortalUser user;
    private final Span timer = new Span();
    private final Span saved = new Span();
    private final List<QuestionInput> inputs = new ArrayList<>();
    private String examId;
    private String attemptId;
    private String title = "";
    private Registration polling;

    public ExamTakingView(ExamTakingService service, CurrentUser currentUser) {
        this.service = service;
        this.user = currentUser.get();
        addClassName("exam-taking");
        setWidthFull();
        getStyle().set("max-width", "60rem").set("margin", "0 auto");
        timer.setId("exam-timer");
        timer.getStyle().set("font-weight", "600").set("font-variant-numeric", "tabular-nums");
        saved.addClassName("exam-saved");
        timer.getElement().addEventListener("exam-timeout", e -> sync());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        examId = parameter;
        if (parameter == null) {
            showList();
        } else {
            showOverview();
        }
    }

    /** {@code /exams}: the exams the learner may sit (their region and its ancestors). */
    private void showList() {
        removeAll();
        add(new H2(getTranslation("exam.take.list")));
        List<Exam> exams = service.available(user);
        if (exams.isEmpty()) {
            add(new Paragraph(getTranslation("exam.take.none")));
        }
        for (Exam exam : exams) {
            Anchor link = new Anchor("exams/" + exam.id(), exam.title());
            link.getStyle().set("display", "block");
            add(link);
        }
    }

    private void showOverview() {
        removeAll();
        inputs.clear();
        attemptId = null;
        stopPolling();
        ExamOverview overview;
        try {
            overview = service.overview(user, examId);
        } catch (ExamException | AccessDeniedException e) {
            add(new H2(getTranslation("exam.take.title")), new Paragraph(getTranslation("exam.take.unavailable")));
            return;
        }
        Exam exam = overview.exam();
        title = exam.title();
        add(new H2(new Span(exam.title())));
        add(new Paragraph(getTranslation("exam.take.rules", exam.policy().timeLimit().toMinutes(),
                exam.policy().unlimitedAttempts() ? getTranslation("exam.unlimited")
                        : String.valueOf(exam.policy().attemptsAllowed()),
                exam.policy().passPercent(), getTranslation("exam.grading." + exam.policy().grading().name()))));
        overview.grade().ifPresent(g -> add(new Paragraph(getTranslation("exam.take.grade",
                g.percent().toPlainString(), getTranslation(g.passed() ? "exam.passed" : "exam.failed")))));
        if (overview.openAttemptId() != null) {
            Button resume = new Button(getTranslation("exam.take.resume",
                    overview.remainingSeconds() / 60), e -> start());
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resume.addClassName("exam-start");
            add(resume);
        } else if (overview.mayStart()) {
            Button start = new Button(getTranslation("exam.take.start"), e -> start());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClassName("exam-start");
            add(start);
        } else {
            add(new Paragraph(overview.startRefusal()));
        }
        overview.finished().reversed().forEach(r -> add(new ReviewPanel(r)));
    }

    private void start() {
        try {
            showAttempt(service.startOrResume(user, examId));
        } catch (ExamException e) {
            error(e.getMessage());
            showOverview();
        }
    }

    private void showAttempt(AttemptView view) {
        removeAll();
        inputs.clear();
        attemptId = view.attemptId();
        add(new H2(new Span(view.examTitle())));
        HorizontalLayout bar = new HorizontalLayout(new Span(getTranslation("exam.take.remaining")), timer, saved);
        bar.setWrap(true);
        bar.getStyle().set("position", "sticky").set("top", "0").set("z-index", "1")
                .set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-xs) 0");
        add(bar);
        for (QuestionView q : view.questions()) {
            Optional<AnswerView> mine = view.answers().stream().filter(a -> a.questionId().equals(q.questionId()))
                    .findFirst();
            QuestionInput input = new QuestionInput(q, mine, answer -> save(q, answer));
            inputs.add(input);
            add(input);
        }
        Button submit = new Button(getTranslation("exam.take.submit"), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("exam-submit");
        add(submit);
        countdown(view.remainingSeconds());
        startPolling();
    }

    private void save(QuestionView q, Answer answer) {
        try {
            long remaining = service.save(user, attemptId, q.questionId(), answer);
            saved.setText(getTranslation("exam.take.saved", LocalTime.now(ZoneId.of("Asia/Shanghai")).format(CLOCK)));
            countdown(remaining);
        } catch (ExamException e) {
            error(e.getMessage());
            if ("deadline-passed".equals(e.code()) || "attempt-finished".equals(e.code())) {
                showResult();
            }
        }
    }

    private void confirmSubmit() {
        long answered = inputs.stream().filter(QuestionInput::answered).count();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("exam.take.confirm.title"));
        dialog.add(new Paragraph(getTranslation("exam.take.confirm.text", answered, inputs.size())));
        Button yes = new Button(getTranslation("exam.take.confirm.yes"), e -> {
            dialog.close();
            try {
                service.submit(user, attemptId);
                showResult();
            } catch (ExamException ex) {
                error(ex.getMessage());
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("exam-confirm-submit");
        dialog.getFooter().add(new Button(getTranslation("exam.take.confirm.no"), e -> dialog.close()), yes);
        dialog.open();
    }

    private void showResult() {
        String finished = attemptId;
        stopPolling();
        removeAll();
        inputs.clear();
        attemptId = null;
        ReviewView review = service.review(user, finished);
        add(new H2(new Span(review.examTitle())), new ReviewPanel(review));
        Button back = new Button(getTranslation("exam.take.back"), e -> showOverview());
        add(back);
    }

    /** Re-reads the attempt from the server: the time left, or the result once the server has handed it in. */
    private void sync() {
        if (attemptId == null) {
            return;
        }
        try {
            countdown(service.view(user, attemptId).remainingSeconds());
        } catch (ExamException e) {
            showResult();
        }
    }

    /** Counts down in the browser from the server's figure; at zero it asks the server (which decides). */
    private void countdown(long seconds) {
        timer.setText(format(seconds));
        timer.getElement().executeJs("""
                const el = this; clearInterval(el._examTimer);
                const end = Date.now() + $0 * 1000;
                el._examTimer = setInterval(() => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  const h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
                  el.textContent = (h > 0 ? h + ':' : '') + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
                  if (left === 0) { clearInterval(el._examTimer); el.dispatchEvent(new CustomEvent('exam-timeout')); }
                }, 1000);""", seconds);
    }

    static String format(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return (h > 0 ? h + ":" : "") + String.format("%02d:%02d", m, s);
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            stopPolling();
            polling = ui.addPollListener(e -> sync());
            ui.setPollInterval(SYNC_MILLIS);
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void error(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (attemptId != null) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("exam.take.title") : title;
    }
}
