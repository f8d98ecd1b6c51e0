package cn.gov.egov.portal.learning.exam.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.ExamPolicy;
import cn.gov.egov.portal.learning.exam.attempt.GradingMethod;
import cn.gov.egov.portal.learning.exam.attempt.ReviewLevel;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.paper.MultipleChoiceScoring;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;
import cn.gov.egov.portal.learning.exam.paper.Quota;
import cn.gov.egov.portal.learning.exam.service.ExamDraft;

/** 新建考试 — the form of an exam: paper (fixed questions or quotas), time, attempts, grading, pass mark, review, window. */
final class ExamEditorDialog extends Dialog {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final TextField title = new TextField();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final MultiSelectComboBox<Question> fixed = new MultiSelectComboBox<>();
    private final VerticalLayout quotas = new VerticalLayout();
    private final List<QuotaRow> rows = new ArrayList<>();
    private final Checkbox shuffleQuestions = new Checkbox();
    private final Select<MultipleChoiceScoring> scoring = new Select<>();
    private final IntegerField minutes = new IntegerField();
    private final IntegerField attempts = new IntegerField();
    private final Select<GradingMethod> grading = new Select<>();
    private final IntegerField pass = new IntegerField();
    private final Select<ReviewLevel> afterSubmit = new Select<>();
    private final Select<ReviewLevel> afterClose = new Select<>();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final Paragraph error = new Paragraph();

    interface Saver {
        void save(ExamDraft draft);
    }

    private final String id;

    /** A new exam when {@code existing} is null, else that exam's form filled in. */
    ExamEditorDialog(QuestionBank bank, Exam existing, Saver saver) {
        this.id = existing == null ? null : existing.id();
        setHeaderTitle(getTranslation(existing == null ? "exam.admin.new" : "exam.admin.edit"));
        setWidth("min(60rem, 98vw)");
        ExamPolicy d = ExamPolicy.defaults();
        title.setLabel(getTranslation("exam.admin.field.title"));
        title.setMaxLength(200);
        title.setRequired(true);
        mode.setLabel(getTranslation("exam.admin.field.paper"));
        mode.setItems("FIXED", "DRAWN");
        mode.setItemLabelGenerator(m -> getTranslation("exam.admin.paper." + m));
        mode.setValue("FIXED");
        fixed.setLabel(getTranslation("exam.admin.field.questions"));
        fixed.setItems(bank.questions());
        fixed.setItemLabelGenerator(q -> q.type().chinese() + " · " + q.category() + " · " + q.name());
        fixed.setWidthFull();
        List<CategoryPath> categories = bank.categories();
        Button addQuota = new Button(getTranslation("exam.admin.quota.add"), e -> addRow(categories));
        quotas.setPadding(false);
        quotas.setVisible(false);
        quotas.add(addQuota);
        mode.addValueChangeListener(e -> {
            fixed.setVisible("FIXED".equals(e.getValue()));
            quotas.setVisible("DRAWN".equals(e.getValue()));
        });
        shuffleQuestions.setLabel(getTranslation("exam.admin.field.shuffle"));
        scoring.setLabel(getTranslation("exam.admin.field.scoring"));
        scoring.setItems(MultipleChoiceScoring.values());
        scoring.setItemLabelGenerator(MultipleChoiceScoring::chinese);
        scoring.setValue(MultipleChoiceScoring.ALL_OR_NOTHING);
        minutes.setLabel(getTranslation("exam.admin.field.minutes"));
        minutes.setValue((int) d.timeLimit().toMinutes());
        attempts.setLabel(getTranslation("exam.admin.field.attempts"));
        attempts.setValue(d.attemptsAllowed());
        grading.setLabel(getTranslation("exam.admin.field.grading"));
        grading.setItems(GradingMethod.values());
        grading.setItemLabelGenerator(GradingMethod::chinese);
        grading.setValue(d.grading());
        pass.setLabel(getTranslation("exam.admin.field.pass"));
        pass.setValue(d.passPercent());
        for (Select<ReviewLevel> s : List.of(afterSubmit, afterClose)) {
            s.setItems(ReviewLevel.values());
            s.setItemLabelGenerator(ReviewLevel::chinese);
        }
        afterSubmit.setLabel(getTranslation("exam.admin.field.after-submit"));
        afterSubmit.setValue(d.reviewAfterSubmit());
        afterClose.setLabel(getTranslation("exam.admin.field.after-close"));
        afterClose.setValue(d.reviewAfterClose());
        opens.setLabel(getTranslation("exam.admin.field.opens"));
        opens.setValue(LocalDateTime.now(ZONE).withSecond(0).withNano(0));
        closes.setLabel(getTranslation("exam.admin.field.closes"));
        closes.setHelperText(getTranslation("exam.admin.field.closes-help"));
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.addClassName("exam-editor-error");
        FormLayout form = new FormLayout(title, mode, fixed, quotas, shuffleQuestions, scoring, minutes, attempts,
                grading, pass, afterSubmit, afterClose, opens, closes);
        form.setColspan(title, 2);
        form.setColspan(fixed, 2);
        form.setColspan(quotas, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(form, error);
        Button save = new Button(getTranslation("exam.admin.save"), e -> save(saver));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("exam-save");
        getFooter().add(new Button(getTranslation("exam.close"), e -> close()), save);
        if (existing != null) {
            fill(existing, bank, categories);
        }
    }

    private void fill(Exam exam, QuestionBank bank, List<CategoryPath> categories) {
        title.setValue(exam.title());
        ExamPolicy p = exam.policy();
        switch (exam.paper()) {
            case PaperSpec.Fixed f -> {
                mode.setValue("FIXED");
                fixed.setValue(f.questionIds().stream().flatMap(q -> bank.find(q).stream()).toList());
            }
            case PaperSpec.Drawn d -> {
                mode.setValue("DRAWN");
                d.quotas().forEach(q -> addRow(categories).show(q));
            }
        }
        shuffleQuestions.setValue(exam.paper().shuffleQuestions());
        scoring.setValue(exam.paper().scoring());
        minutes.setValue((int) p.timeLimit().toMinutes());
        attempts.setValue(p.attemptsAllowed());
        grading.setValue(p.grading());
        pass.setValue(p.passPercent());
        afterSubmit.setValue(p.reviewAfterSubmit());
        afterClose.setValue(p.reviewAfterClose());
        opens.setValue(LocalDateTime.ofInstant(exam.opensAt(), ZONE));
        closes.setValue(exam.closesAt() == null ? null : LocalDateTime.ofInstant(exam.closesAt(), ZONE));
    }

    private QuotaRow addRow(List<CategoryPath> categories) {
        QuotaRow[] row = new QuotaRow[1];
        row[0] = new QuotaRow(categories, () -> {
            rows.remove(row[0]);
            quotas.remove(row[0]);
        });
        rows.add(row[0]);
        quotas.addComponentAtIndex(quotas.getComponentCount() - 1, row[0]);
        return row[0];
    }

    private void save(Saver saver) {
        try {
            saver.save(draft());
            close();
        } catch (ExamException e) {
            error.setText(e.getMessage());
        }
    }

    ExamDraft draft() {
        PaperSpec paper;
        if ("FIXED".equals(mode.getValue())) {
            if (fixed.getValue().isEmpty()) {
                throw new ExamException("paper-size-invalid", getTranslation("exam.admin.no-questions"));
            }
            paper = new PaperSpec.Fixed(fixed.getValue().stream().map(Question::id).toList(),
                    shuffleQuestions.getValue(), true, scoring.getValue());
        } else {
            List<Quota> list = rows.stream().map(QuotaRow::quota).toList();
            paper = new PaperSpec.Drawn(list, shuffleQuestions.getValue(), true, scoring.getValue());
        }
        if (minutes.getValue() == null || attempts.getValue() == null || pass.getValue() == null
                || opens.getValue() == null) {
            throw new ExamException("policy-invalid", getTranslation("exam.admin.incomplete"));
        }
        ExamPolicy policy = new ExamPolicy(Duration.ofMinutes(minutes.getValue()), attempts.getValue(),
                grading.getValue(), pass.getValue(), afterSubmit.getValue(), afterClose.getValue());
        return new ExamDraft(id, title.getValue(), paper, policy, opens.getValue().atZone(ZONE).toInstant(),
                closes.getValue() == null ? null : closes.getValue().atZone(ZONE).toInstant());
    }
}
