package cn.gov.egov.portal.learning.course.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.egov.portal.learning.course.AssignmentEditor;
import cn.gov.egov.portal.learning.course.AssignmentTarget;
import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseAssignment;
import cn.gov.egov.portal.learning.course.CourseKind;
import cn.gov.egov.portal.security.PortalUser;

/** 必修指派: assign a required course to a region, department or rank with a deadline; withdraw it. */
class AssignmentsPanel extends VerticalLayout {

    private final AssignmentEditor editor;
    private final PortalUser user;
    private Course course;
    final Grid<CourseAssignment> grid = new Grid<>();
    final Select<AssignmentTarget> target = new Select<>();
    final TextField value = new TextField();
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
        grid.addColumn(CourseAssignment::targetValue).setHeader(getTranslation("course.assign.value"));
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
        value.setLabel(getTranslation("course.assign.value"));
        value.setMaxLength(64);
        deadline.setLabel(getTranslation("course.assign.deadline"));
        deadline.setMin(LocalDate.now());
        Button add = new Button(getTranslation("course.assign.add"), e -> assign());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("assignment-add");
        form = new FlexLayout(target, value, deadline, add);
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
        value.setValue(c.regionCode());
        refresh();
    }

    private void assign() {
        if (CourseTexts.attempt(this, () -> editor.assign(user, course.id(), target.getValue(), value.getValue(),
                deadline.getValue()))) {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(editor.assignments(user, course.id()));
    }
}
