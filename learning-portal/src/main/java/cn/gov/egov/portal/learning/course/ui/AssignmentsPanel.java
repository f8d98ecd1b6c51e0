package cn.gov.egov.portal.learning.course.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.combobox.ComboBox;

import cn.gov.egov.portal.learning.course.AssignmentEditor;
import cn.gov.egov.portal.learning.course.AssignmentTarget;
import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseAssignment;
import cn.gov.egov.portal.learning.course.CourseKind;
import cn.gov.egov.portal.people.Rank;
import cn.gov.egov.portal.people.admin.OrgUnit;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;

/**
 * 必修指派: assign a required course to a region, department or rank with a deadline; withdraw it. Targets are picked
 * from lists (the course's regions, their active units, the ranks), never typed; the server checks them again.
 */
class AssignmentsPanel extends VerticalLayout {

    private final AssignmentEditor editor;
    private final PortalUser user;
    private Course course;
    final Grid<CourseAssignment> grid = new Grid<>();
    final Select<AssignmentTarget> target = new Select<>();
    final ComboBox<Region> region = new ComboBox<>();
    final ComboBox<OrgUnit> department = new ComboBox<>();
    final Select<Rank> rank = new Select<>();
    final DatePicker deadline = new DatePicker();
    final Paragraph elective = new Paragraph();
    private final FlexLayout form;

    AssignmentsPanel(AssignmentEditor editor, PortalUser user) {
        this.editor = editor;
        this.user = user;
        addClassName("assignments-panel");
        setPadding(false);
        grid.addColumn(a -> getTranslation("course.assign.target." + a.targetType().name()))
                .setHeader(getTranslation("course.assign.target")).setAutoWidth(true);
        grid.addColumn(editor::describe).setHeader(getTranslation("course.assign.value"));
        grid.addColumn(CourseAssignment::deadline).setHeader(getTranslation("course.assign.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button remove = new Button(getTranslation("course.assign.remove"), e -> {
                if (CourseTexts.attempt(this, () -> editor.remove(user, a.id()))) {
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("course.assign.empty"));
        target.setLabel(getTranslation("course.assign.target"));
        target.setItems(AssignmentTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("course.assign.target." + t.name()));
        target.setValue(AssignmentTarget.REGION);
        target.addValueChangeListener(e -> showTargetPicker());
        region.setLabel(getTranslation("course.assign.target.REGION"));
        region.setItemLabelGenerator(r -> r.name() + " (" + r.code() + ")");
        department.setLabel(getTranslation("course.assign.target.DEPARTMENT"));
        department.setItemLabelGenerator(OrgUnit::path);
        department.setPlaceholder(getTranslation("course.assign.department.search"));
        rank.setLabel(getTranslation("course.assign.target.RANK"));
        rank.setItems(Rank.values());
        rank.setItemLabelGenerator(Rank::label);
        for (var picker : List.of(region, department)) {
            picker.setWidth("18rem");
        }
        showTargetPicker();
        deadline.setLabel(getTranslation("course.assign.deadline"));
        deadline.setMin(LocalDate.now());
        Button add = new Button(getTranslation("course.assign.add"), e -> assign());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("assignment-add");
        form = new FlexLayout(target, region, department, rank, deadline, add);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.END);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        elective.setText(getTranslation("course.assign.elective"));
        add(new H3(getTranslation("course.assign.title")), elective, grid, form);
    }

    void show(Course c) {
        this.course = c;
        boolean required = c.kind() == CourseKind.REQUIRED;
        elective.setVisible(!required);
        form.setEnabled(required);
        if (required) {
            region.setItems(editor.regionChoices(user, c.id()));
            region.setValue(region.getListDataView().getItems().findFirst().orElse(null));
            department.setItems(editor.departmentChoices(user, c.id()));
        }
        refresh();
    }

    private void showTargetPicker() {
        AssignmentTarget t = target.getValue();
        region.setVisible(t == AssignmentTarget.REGION);
        department.setVisible(t == AssignmentTarget.DEPARTMENT);
        rank.setVisible(t == AssignmentTarget.RANK);
    }

    /** The picked target as the server stores it: a region code, a unit id or a rank code (null when none). */
    private String pickedValue() {
        if (target.getValue() == null) {
            return null;
        }
        return switch (target.getValue()) {
            case REGION -> region.getValue() == null ? null : region.getValue().code();
            case DEPARTMENT -> department.getValue() == null ? null : department.getValue().id().toString();
            case RANK -> rank.getValue() == null ? null : rank.getValue().name();
        };
    }

    private void assign() {
        if (CourseTexts.attempt(this, () -> editor.assign(user, course.id(), target.getValue(), pickedValue(),
                deadline.getValue()))) {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(editor.assignments(user, course.id()));
    }
}
