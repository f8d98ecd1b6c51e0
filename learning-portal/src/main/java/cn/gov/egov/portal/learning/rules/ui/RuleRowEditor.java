package cn.gov.egov.portal.learning.rules.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.egov.portal.learning.hours.HourRule;
import cn.gov.egov.portal.learning.hours.SourceKind;
import cn.gov.egov.portal.learning.rules.RuleInput;
import cn.gov.egov.portal.learning.rules.RuleTableBuilder;

/** One rule on the 学时规则 screen: kind, minute range with its ends, hours, label. Wraps at phone width. */
class RuleRowEditor extends HorizontalLayout {

    final Select<SourceKind> kind = new Select<>();
    final IntegerField from = new IntegerField();
    final Checkbox fromInclusive = new Checkbox();
    final IntegerField to = new IntegerField();
    final Checkbox toInclusive = new Checkbox();
    final BigDecimalField hours = new BigDecimalField();
    final TextField label = new TextField();
    final Button remove;

    RuleRowEditor(HourRule rule, Consumer<RuleRowEditor> onRemove) {
        addClassName("rule-row");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        kind.setLabel(getTranslation("rules.col.kind"));
        kind.setItems(List.of(SourceKind.COURSE, SourceKind.EXAM, SourceKind.CONFERENCE_TRAINING));
        kind.setItemLabelGenerator(k -> getTranslation("rules.kind." + k.name()));
        kind.setWidth("8rem");
        from.setLabel(getTranslation("rules.col.from"));
        from.setWidth("6rem");
        fromInclusive.setLabel(getTranslation("rules.col.inclusive"));
        to.setLabel(getTranslation("rules.col.to"));
        to.setWidth("6rem");
        toInclusive.setLabel(getTranslation("rules.col.inclusive"));
        hours.setLabel(getTranslation("rules.col.hours"));
        hours.setWidth("6rem");
        label.setLabel(getTranslation("rules.col.label"));
        label.setMaxLength(RuleTableBuilder.MAX_LABEL + 50); // longer input gets the server's clear message
        label.setWidth("min(14rem, 100%)");
        remove = new Button(VaadinIcon.TRASH.create(), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("rules.remove"));
        kind.addValueChangeListener(e -> rangeEnabled());
        if (rule == null) {
            kind.setValue(SourceKind.COURSE);
            fromInclusive.setValue(true);
        } else {
            kind.setValue(rule.kind());
            if (rule.range() != null) {
                from.setValue(rule.range().fromMinutes());
                fromInclusive.setValue(rule.range().fromInclusive());
                to.setValue(rule.range().toMinutes());
                toInclusive.setValue(rule.range().toInclusive());
            }
            hours.setValue(rule.hours());
            label.setValue(rule.label());
        }
        add(kind, from, fromInclusive, to, toInclusive, hours, label, remove);
    }

    RuleInput value() {
        return new RuleInput(kind.getValue(), from.getValue(), fromInclusive.getValue(), to.getValue(),
                toInclusive.getValue(), hours.getValue(), label.getValue());
    }

    void setEditable(boolean editable) {
        kind.setReadOnly(!editable);
        from.setReadOnly(!editable);
        fromInclusive.setReadOnly(!editable);
        to.setReadOnly(!editable);
        toInclusive.setReadOnly(!editable);
        hours.setReadOnly(!editable);
        label.setReadOnly(!editable);
        remove.setVisible(editable);
        if (editable) {
            rangeEnabled();
        }
    }

    /** Exams are flat: no range. */
    private void rangeEnabled() {
        boolean ranged = kind.getValue() != SourceKind.EXAM;
        from.setEnabled(ranged);
        fromInclusive.setEnabled(ranged);
        to.setEnabled(ranged);
        toInclusive.setEnabled(ranged);
        if (!ranged) {
            from.clear();
            to.clear();
        }
    }
}
