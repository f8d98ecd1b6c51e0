package cn.gov.egov.portal.learning.exam.ui;

import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;
import cn.gov.egov.portal.learning.exam.service.ExamDefinitionService;
import cn.gov.egov.portal.learning.exam.service.QuestionBankService;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.security.PortalUser;

/** 考试管理 — the exams of the administrator's subtree, and 新建考试 from the region's bank. */
@Route(value = "admin/exams", layout = MainLayout.class)
@RolesAllowed({"COURSE_ADMIN", "SYSTEM_ADMIN"})
public class ExamAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ExamEditorDialog.ZONE);

    private final ExamDefinitionService exams;
    private final PortalUser user;
    private final Grid<StoredExam> grid = new Grid<>();

    public ExamAdminView(ExamDefinitionService exams, QuestionBankService bank, CurrentUser currentUser) {
        this.exams = exams;
        this.user = currentUser.get();
        addClassName("exam-admin");
        setSizeFull();
        Button create = new Button(getTranslation("exam.admin.new"), e -> edit(bank, null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("exam-new");
        grid.addComponentColumn(s -> new Anchor("exams/" + s.exam().id(), s.exam().title()))
                .setHeader(getTranslation("exam.admin.col.title")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.exam().paper() instanceof PaperSpec.Fixed ? "exam.admin.paper.FIXED"
                : "exam.admin.paper.DRAWN")).setHeader(getTranslation("exam.admin.col.paper")).setAutoWidth(true);
        grid.addColumn(s -> s.exam().policy().timeLimit().toMinutes())
                .setHeader(getTranslation("exam.admin.col.minutes")).setAutoWidth(true);
        grid.addColumn(s -> s.exam().policy().unlimitedAttempts() ? getTranslation("exam.unlimited")
                : String.valueOf(s.exam().policy().attemptsAllowed()))
                .setHeader(getTranslation("exam.admin.col.attempts")).setAutoWidth(true);
        grid.addColumn(s -> window(s.exam())).setHeader(getTranslation("exam.admin.col.window")).setFlexGrow(2);
        grid.addComponentColumn(s -> {
            Button edit = new Button(getTranslation("exam.admin.edit"), e -> edit(bank, s.exam()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.addClassName("exam-edit");
            return edit;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("exam.admin.empty"));
        add(new H2(getTranslation("exam.admin.title")), create, grid);
        refresh();
    }

    private void edit(QuestionBankService bank, Exam existing) {
        new ExamEditorDialog(bank.bank(user), existing, draft -> {
            exams.save(user, draft);
            refresh();
        }).open();
    }

    private String window(Exam e) {
        return TIME.format(e.opensAt()) + " – " + (e.closesAt() == null ? getTranslation("exam.admin.no-close")
                : TIME.format(e.closesAt()));
    }

    private void refresh() {
        grid.setItems(exams.list(user));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.admin.title");
    }
}
