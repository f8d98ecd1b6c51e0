package cn.gov.egov.portal.learning.exam.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.service.QuestionBankService;
import cn.gov.egov.portal.learning.exam.store.StoredQuestion;
import cn.gov.egov.portal.security.PortalUser;

/** 题库 — the question bank of the administrator's region: filter by category and type, view, import, add categories. */
@Route(value = "admin/exams/bank", layout = MainLayout.class)
@RolesAllowed({"COURSE_ADMIN", "SYSTEM_ADMIN"})
public class QuestionBankView extends VerticalLayout implements HasDynamicTitle {

    private final QuestionBankService bank;
    private final PortalUser user;
    private final ComboBox<CategoryPath> category = new ComboBox<>();
    private final ComboBox<QuestionType> type = new ComboBox<>();
    private final Grid<StoredQuestion> grid = new Grid<>();

    public QuestionBankView(QuestionBankService bank, CurrentUser currentUser) {
        this.bank = bank;
        this.user = currentUser.get();
        addClassName("exam-bank");
        setSizeFull();
        category.setPlaceholder(getTranslation("exam.bank.all-categories"));
        category.setItemLabelGenerator(CategoryPath::toString);
        category.setClearButtonVisible(true);
        category.addValueChangeListener(e -> refresh());
        type.setPlaceholder(getTranslation("exam.bank.all-types"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(QuestionType::chinese);
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        Button importButton = new Button(getTranslation("exam.bank.import"),
                e -> new ImportDialog(bank, user, this::refreshAll).open());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClassName("exam-import");
        TextField newCategory = new TextField();
        newCategory.setPlaceholder(getTranslation("exam.bank.new-category"));
        Button addCategory = new Button(getTranslation("exam.bank.add-category"), e -> {
            try {
                bank.addCategory(user, CategoryPath.parse(newCategory.getValue()));
                newCategory.clear();
                refreshAll();
            } catch (ExamException ex) {
                Notification.show(ex.getMessage(), 5000, Notification.Position.TOP_CENTER);
            }
        });
        HorizontalLayout tools = new HorizontalLayout(category, type, importButton, newCategory, addCategory);
        tools.setWrap(true);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(q -> q.question().name()).setHeader(getTranslation("exam.bank.col.name")).setFlexGrow(3);
        grid.addColumn(q -> q.question().type().chinese()).setHeader(getTranslation("exam.bank.col.type"))
                .setAutoWidth(true);
        grid.addColumn(q -> q.question().category().toString()).setHeader(getTranslation("exam.bank.col.category"))
                .setFlexGrow(2);
        grid.addColumn(q -> q.question().points().toPlainString()).setHeader(getTranslation("exam.bank.col.points"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("exam.bank.empty"));
        grid.addItemClickListener(e -> new QuestionDialog(e.getItem(), () -> {
            bank.deactivate(user, e.getItem().question().id());
            refresh();
        }).open());
        add(new H2(getTranslation("exam.bank.title")), tools, grid);
        refreshAll();
    }

    private void refreshAll() {
        CategoryPath selected = category.getValue();
        category.setItems(bank.categories(user));
        if (selected != null) {
            category.setValue(selected);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(bank.list(user, category.getValue(), type.getValue(), 0, 500));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.bank.title");
    }
}
