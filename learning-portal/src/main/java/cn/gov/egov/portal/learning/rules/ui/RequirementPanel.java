package cn.gov.egov.portal.learning.rules.ui;

import java.math.BigDecimal;
import java.time.Year;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;

import cn.gov.egov.portal.learning.hours.AnnualRequirement;
import cn.gov.egov.portal.learning.rules.LearningRulesService;
import cn.gov.egov.portal.learning.rules.RegionRules;
import cn.gov.egov.portal.security.PortalUser;

/** The annual-requirement half of 学时规则: inherit, or the region's own required + elective for the year. */
class RequirementPanel extends VerticalLayout {

    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final Paragraph source = new Paragraph();
    final BigDecimalField required = new BigDecimalField();
    final BigDecimalField elective = new BigDecimalField();
    final Span total = new Span();
    final Button save;
    final Span error = new Span();
    final Paragraph rule;
    private final Function<String, String> describe;

    RequirementPanel(LearningRulesService service, PortalUser user, Supplier<String> region, Supplier<Year> year,
                     Runnable reload, Function<String, String> describeSource) {
        this.describe = describeSource;
        addClassName("requirement-panel");
        setPadding(false);
        mode.setItems(RuleTablePanel.INHERIT, RuleTablePanel.OWN);
        mode.setItemLabelGenerator(m -> getTranslation("rules.requirement.mode." + m));
        mode.addValueChangeListener(e -> editable(RuleTablePanel.OWN.equals(e.getValue())));
        required.setLabel(getTranslation("rules.requirement.required"));
        elective.setLabel(getTranslation("rules.requirement.elective"));
        required.addValueChangeListener(e -> updateTotal());
        elective.addValueChangeListener(e -> updateTotal());
        total.addClassName("requirement-total");
        save = SaveButton.create(error, "requirement", () -> {
            if (RuleTablePanel.OWN.equals(mode.getValue())) {
                service.saveRequirement(user, region.get(), year.get(), required.getValue(), elective.getValue());
            } else {
                service.inheritRequirement(user, region.get(), year.get());
            }
        }, reload);
        rule = new Paragraph(getTranslation("rules.requirement.rule",
                AnnualRequirement.NATIONAL_MINIMUM.stripTrailingZeros().toPlainString()));
        rule.addClassName("requirement-rule");
        rule.getStyle().set("font-weight", "600");
        HorizontalLayout fields = new HorizontalLayout(required, elective, total);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("rules.requirement.title")), rule, mode, source, fields, save, error);
    }

    void show(RegionRules rules) {
        AnnualRequirement r = rules.requirement();
        mode.setValue(rules.ownRequirement() ? RuleTablePanel.OWN : RuleTablePanel.INHERIT);
        source.setText(rules.ownRequirement()
                ? getTranslation("rules.requirement.own", r.year().toString())
                : getTranslation("rules.requirement.inherited", r.year().toString(), describe.apply(r.regionCode())));
        required.setValue(r.required());
        elective.setValue(r.elective());
        error.setText("");
        editable(rules.ownRequirement());
    }

    private void editable(boolean own) {
        required.setReadOnly(!own);
        elective.setReadOnly(!own);
    }

    private void updateTotal() {
        BigDecimal a = required.getValue();
        BigDecimal b = elective.getValue();
        total.setText(a == null || b == null ? "" : getTranslation("rules.requirement.total", a.add(b).toPlainString()));
        boolean low = a != null && b != null && a.add(b).compareTo(AnnualRequirement.NATIONAL_MINIMUM) < 0;
        total.getStyle().set("color", low ? "var(--lumo-error-text-color)" : "inherit");
    }
}
