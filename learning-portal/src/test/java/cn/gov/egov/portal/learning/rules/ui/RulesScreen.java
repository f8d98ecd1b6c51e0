package cn.gov.egov.portal.learning.rules.ui;

import java.math.BigDecimal;

/** Drives the 学时规则 screen's fields and buttons on the server side, as a browserless test would click them. */
public final class RulesScreen {

    private final LearningRulesView view;

    public RulesScreen(LearningRulesView view) {
        this.view = view;
    }

    public String tableSource() {
        return view.table.source.getText();
    }

    public int rowCount() {
        return view.table.editors().size();
    }

    public boolean rowsEditable() {
        return !view.table.editors().getFirst().label.isReadOnly() && view.table.add.isVisible();
    }

    public String requirementRule() {
        return view.requirement.rule.getText();
    }

    public void chooseOwnTable() {
        view.table.mode.setValue(RuleTablePanel.OWN);
    }

    public void setRow(int index, int fromMinutes, String hours, String label) {
        RuleRowEditor row = view.table.editors().get(index);
        row.from.setValue(fromMinutes);
        row.hours.setValue(new BigDecimal(hours));
        row.label.setValue(label);
    }

    public void saveTable() {
        view.table.save.click();
    }

    public String tableError() {
        return view.table.error.getText();
    }

    public void setRequirement(String required, String elective) {
        view.requirement.mode.setValue(RuleTablePanel.OWN);
        view.requirement.required.setValue(new BigDecimal(required));
        view.requirement.elective.setValue(new BigDecimal(elective));
        view.requirement.save.click();
    }

    public String requirementError() {
        return view.requirement.error.getText();
    }
}
