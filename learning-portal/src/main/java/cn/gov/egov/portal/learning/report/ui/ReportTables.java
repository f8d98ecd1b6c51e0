package cn.gov.egov.portal.learning.report.ui;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import cn.gov.egov.portal.learning.report.ReportFigures.ExamRate;
import cn.gov.egov.portal.learning.report.ReportFigures.Group;
import cn.gov.egov.portal.learning.report.ReportFigures.Overdue;
import cn.gov.egov.portal.learning.report.ReportFigures.Ranked;

/** The report's grids. Every cell is plain text (Grid text columns never render HTML), so names stay names. */
final class ReportTables {

    private ReportTables() {
    }

    static Grid<Group> groups(UnaryOperator<String> t, Function<Group, String> label, String className) {
        Grid<Group> grid = base(className);
        grid.addColumn(label::apply).setHeader(t.apply("report.col.group")).setAutoWidth(true).setFlexGrow(1)
                .setFrozen(true);
        grid.addColumn(Group::learners).setHeader(t.apply("report.col.learners")).setAutoWidth(true);
        grid.addColumn(Group::met).setHeader(t.apply("report.col.met")).setAutoWidth(true);
        grid.addColumn(g -> pct(g.metRate())).setHeader(t.apply("report.col.met-rate")).setAutoWidth(true);
        grid.addColumn(g -> g.averageHours().toPlainString()).setHeader(t.apply("report.col.average"))
                .setAutoWidth(true);
        grid.addColumn(g -> g.medianHours().toPlainString()).setHeader(t.apply("report.col.median"))
                .setAutoWidth(true);
        grid.addColumn(g -> g.completed() + " / " + g.assigned()).setHeader(t.apply("report.col.completed-of"))
                .setAutoWidth(true);
        grid.addColumn(g -> pct(g.completionRate())).setHeader(t.apply("report.col.completion-rate"))
                .setAutoWidth(true);
        grid.addColumn(Group::overdue).setHeader(t.apply("report.col.overdue")).setAutoWidth(true);
        return grid;
    }

    static Grid<ExamRate> exams(UnaryOperator<String> t) {
        Grid<ExamRate> grid = base("report-exams");
        grid.addColumn(ExamRate::title).setHeader(t.apply("report.col.exam")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ExamRate::attempts).setHeader(t.apply("report.col.attempts")).setAutoWidth(true);
        grid.addColumn(ExamRate::learners).setHeader(t.apply("report.col.exam-learners")).setAutoWidth(true);
        grid.addColumn(ExamRate::passed).setHeader(t.apply("report.col.passed")).setAutoWidth(true);
        grid.addColumn(x -> pct(x.rate())).setHeader(t.apply("report.col.pass-rate")).setAutoWidth(true);
        return grid;
    }

    static Grid<Overdue> overdue(UnaryOperator<String> t, UnaryOperator<String> regionName) {
        Grid<Overdue> grid = base("report-overdue");
        grid.addColumn(Overdue::learner).setHeader(t.apply("report.col.learner")).setAutoWidth(true);
        grid.addColumn(o -> o.unit() == null ? "" : o.unit()).setHeader(t.apply("report.col.unit"))
                .setAutoWidth(true);
        grid.addColumn(o -> regionName.apply(o.regionCode())).setHeader(t.apply("report.col.region"))
                .setAutoWidth(true);
        grid.addColumn(Overdue::course).setHeader(t.apply("report.col.course")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(o -> o.deadline().toString()).setHeader(t.apply("report.col.deadline")).setAutoWidth(true);
        grid.addColumn(Overdue::daysOverdue).setHeader(t.apply("report.col.days-overdue")).setAutoWidth(true);
        grid.setHeight("360px");
        return grid;
    }

    static Grid<Ranked> ranking(UnaryOperator<String> t, UnaryOperator<String> regionName) {
        Grid<Ranked> grid = base("report-ranking");
        grid.addColumn(Ranked::rank).setHeader(t.apply("report.col.rank")).setAutoWidth(true);
        grid.addColumn(Ranked::learner).setHeader(t.apply("report.col.learner")).setAutoWidth(true);
        grid.addColumn(r -> r.unit() == null ? "" : r.unit()).setHeader(t.apply("report.col.unit"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> regionName.apply(r.regionCode())).setHeader(t.apply("report.col.region"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.hours().toPlainString()).setHeader(t.apply("report.col.hours")).setAutoWidth(true);
        return grid;
    }

    static String pct(BigDecimal v) {
        return v.toPlainString() + "%";
    }

    private static <T> Grid<T> base(String className) {
        Grid<T> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }
}
