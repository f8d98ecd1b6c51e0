package cn.gov.egov.portal.learning.rules.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import cn.gov.egov.portal.learning.hours.HourRule;
import cn.gov.egov.portal.learning.rules.LearningRulesService;
import cn.gov.egov.portal.learning.rules.RegionRules;
import cn.gov.egov.portal.learning.rules.RuleInput;
import cn.gov.egov.portal.security.PortalUser;

/** The rule-table half of 学时规则: inherit from the parent, or the region's own table edited row by row. */
class RuleTablePanel extends VerticalLayout {

    static final String INHERIT = "inherit";
    static final String OWN = "own";

    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final Paragraph source = new Paragraph();
    final Div rows = new Div();
    final Button add;
    final Button save;
    final Span error = new Span();
    private final List<RuleRowEditor> editors = new ArrayList<>();
    private final java.util.function.Function<String, String> describe;
    private List<HourRule> inherited = List.of();
    private boolean showing;

    RuleTablePanel(LearningRulesService service, PortalUser user, Supplier<String> region, Runnable reload,
                   java.util.function.Function<String, String> describeSource) {
        addClassName("rule-table-panel");
        setPadding(false);
        mode.setItems(INHERIT, OWN);
        mode.setItemLabelGenerator(m -> getTranslation("rules.mode." + m));
        mode.addValueChangeListener(e -> {
            if (!showing) { // the administrator switched: own rows start from the table in force
                fill(inherited, OWN.equals(e.getValue()));
            }
        });
        source.addClassName("rule-source");
        add = new Button(getTranslation("rules.add"), VaadinIcon.PLUS.create(), e -> addRow(null, true));
        add.addClassName("rule-add");
        save = SaveButton.create(error, "rule", () -> {
            if (OWN.equals(mode.getValue())) {
                List<RuleInput> input = editors.stream().map(RuleRowEditor::value).toList();
                service.saveTable(user, region.get(), input);
            } else {
                service.inheritTable(user, region.get());
            }
        }, reload);
        this.describe = describeSource;
        rows.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(new H3(getTranslation("rules.table.title")), new Paragraph(getTranslation("rules.table.hint")), mode,
                source, rows, new HorizontalLayout(add, save), error);
    }

    void show(RegionRules rules) {
        inherited = rules.table().rules();
        showing = true;
        mode.setValue(rules.ownTable() ? OWN : INHERIT);
        showing = false;
        source.setText(rules.ownTable() ? getTranslation("rules.table.own")
                : getTranslation("rules.table.inherited", describe.apply(rules.table().regionCode())));
        error.setText("");
        fill(inherited, rules.ownTable());
    }

    private void fill(List<HourRule> rules, boolean editable) {
        rows.removeAll();
        editors.clear();
        rules.forEach(r -> addRow(r, editable));
        add.setVisible(editable);
    }

    private void addRow(HourRule rule, boolean editable) {
        RuleRowEditor row = new RuleRowEditor(rule, r -> {
            editors.remove(r);
            rows.remove(r);
        });
        row.setEditable(editable);
        editors.add(row);
        rows.add(row);
    }

    List<RuleRowEditor> editors() {
        return editors;
    }
}
