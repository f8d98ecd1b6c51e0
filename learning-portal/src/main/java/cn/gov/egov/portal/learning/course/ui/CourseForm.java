package cn.gov.egov.portal.learning.course.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseCategory;
import cn.gov.egov.portal.learning.course.CourseDraft;
import cn.gov.egov.portal.learning.course.CourseKind;
import cn.gov.egov.portal.learning.course.CourseText;

/** The fields of a course. The server checks everything again; the limits here only help typing. */
class CourseForm extends FormLayout {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final ComboBox<CourseCategory> category = new ComboBox<>();
    final RadioButtonGroup<CourseKind> kind = new RadioButtonGroup<>();
    final IntegerField year = new IntegerField();
    final Checkbox seek = new Checkbox();

    CourseForm(List<CourseCategory> categories) {
        addClassName("course-form");
        title.setLabel(getTranslation("course.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(CourseText.MAX_TITLE);
        title.setId("course-title");
        summary.setLabel(getTranslation("course.field.summary"));
        summary.setMaxLength(CourseText.MAX_SUMMARY);
        category.setLabel(getTranslation("course.field.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(CourseCategory::name);
        category.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("course.field.kind"));
        kind.setItems(CourseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("course.kind." + k.name()));
        kind.setValue(CourseKind.REQUIRED);
        year.setLabel(getTranslation("course.field.year"));
        year.setValue(LocalDate.now().getYear());
        year.setStepButtonsVisible(true);
        seek.setLabel(getTranslation("course.field.seek"));
        seek.setTooltipText(getTranslation("course.field.seek.help"));
        add(title, category, kind, year, summary, seek);
        setColspan(title, 2);
        setColspan(summary, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void show(Course c, List<CourseCategory> categories) {
        title.setValue(c.title());
        summary.setValue(c.summary());
        category.setValue(categories.stream().filter(k -> k.id().equals(c.categoryId())).findFirst().orElse(null));
        kind.setValue(c.kind());
        year.setValue(c.year());
        seek.setValue(c.seekBeyondWatched());
    }

    CourseDraft draft() {
        return new CourseDraft(title.getValue(), summary.getValue(),
                category.getValue() == null ? null : category.getValue().id(), kind.getValue(), year.getValue(),
                seek.getValue());
    }
}
