package cn.gov.egov.portal.learning.exam.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.view.AnswerView;
import cn.gov.egov.portal.learning.exam.view.OptionView;
import cn.gov.egov.portal.learning.exam.view.QuestionView;

/**
 * One question of the paper as the learner answers it, built only from a {@link QuestionView} (no key, no option
 * ids): the stem as text (never as HTML), and a radio group, check boxes, 对/错 or a text box. Every change is
 * handed to {@code onAnswer} at once (save as you go).
 */
final class QuestionInput extends Div {

    private final QuestionView question;
    private boolean loading;
    private Component input;

    QuestionInput(QuestionView question, Optional<AnswerView> saved, Consumer<Answer> onAnswer) {
        this.question = question;
        addClassName("exam-question");
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span head = new Span(getTranslation("exam.take.question-head", question.number(), getTranslation("exam.type." + question.type().name()),
                question.points().toPlainString()));
        head.getStyle().set("font-weight", "600").set("display", "block");
        Span stem = new Span(question.stem());   // text, so markup in a stem shows as characters
        stem.addClassName("exam-stem");
        stem.getStyle().set("white-space", "pre-wrap").set("display", "block").set("overflow-wrap", "anywhere");
        add(head, stem);
        loading = true;
        input = switch (question.type()) {
            case SINGLE -> single(saved, onAnswer);
            case MULTIPLE -> multiple(saved, onAnswer);
            case TRUE_FALSE -> judgement(saved, onAnswer);
            case FILL_IN -> text(saved, onAnswer);
        };
        loading = false;
        add(input);
    }

    private Component single(Optional<AnswerView> saved, Consumer<Answer> onAnswer) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(question.options().stream().map(OptionView::label).toList());
        group.setItemLabelGenerator(this::optionLabel);
        saved.map(AnswerView::choices).filter(c -> !c.isEmpty()).ifPresent(c -> group.setValue(c.getFirst()));
        group.addValueChangeListener(e -> {
            if (!loading) {
                onAnswer.accept(e.getValue() == null ? Answer.Choice.of() : Answer.Choice.of(e.getValue()));
            }
        });
        return group;
    }

    private Component multiple(Optional<AnswerView> saved, Consumer<Answer> onAnswer) {
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(question.options().stream().map(OptionView::label).toList());
        group.setItemLabelGenerator(this::optionLabel);
        saved.map(AnswerView::choices).ifPresent(c -> group.setValue(new LinkedHashSet<>(c)));
        group.addValueChangeListener(e -> {
            if (!loading) {
                onAnswer.accept(Answer.Choice.of(List.copyOf(e.getValue())));
            }
        });
        return group;
    }

    private Component judgement(Optional<AnswerView> saved, Consumer<Answer> onAnswer) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> getTranslation(b ? "exam.true" : "exam.false"));
        saved.map(AnswerView::judgement).ifPresent(group::setValue);
        group.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) {
                onAnswer.accept(new Answer.TrueFalse(e.getValue()));
            }
        });
        return group;
    }

    private Component text(Optional<AnswerView> saved, Consumer<Answer> onAnswer) {
        TextField field = new TextField();
        field.setWidthFull();
        field.setMaxLength(Answer.Text.MAX_LENGTH);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(800);
        field.setPlaceholder(getTranslation("exam.take.fill-placeholder"));
        saved.map(AnswerView::text).ifPresent(field::setValue);
        field.addValueChangeListener(e -> {
            if (!loading) {
                onAnswer.accept(new Answer.Text(e.getValue()));
            }
        });
        return field;
    }

    private String optionLabel(String label) {
        return question.options().stream().filter(o -> o.label().equals(label)).findFirst()
                .map(o -> label + ". " + o.text()).orElse(label);
    }

    /** Answered as far as the page knows. */
    boolean answered() {
        return switch (input) {
            case RadioButtonGroup<?> g -> g.getValue() != null;
            case CheckboxGroup<?> g -> !g.getValue().isEmpty();
            case TextField f -> !f.getValue().isBlank();
            default -> false;
        };
    }

    void lock() {
        if (input instanceof com.vaadin.flow.component.HasEnabled e) {
            e.setEnabled(false);
        }
    }
}
