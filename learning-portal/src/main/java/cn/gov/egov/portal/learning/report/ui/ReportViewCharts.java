package cn.gov.egov.portal.learning.report.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import cn.gov.egov.portal.learning.report.ReportFigures;
import cn.gov.egov.portal.learning.report.ReportFigures.ExamRate;
import cn.gov.egov.portal.learning.report.ReportFigures.Group;
import cn.gov.egov.portal.learning.report.ReportFigures.Summary;
import cn.gov.egov.portal.learning.report.ui.ReportChart.Kind;
import cn.gov.egov.portal.learning.report.ui.ReportChart.Series;

/** What the three charts show: 学时 distribution by sub-unit, required-course completion, exam pass rates. */
final class ReportViewCharts {

    private ReportViewCharts() {
    }

    static void fill(ReportsView view, Summary s, UnaryOperator<String> t, Function<Group, String> label) {
        List<String> categories = s.subGroups().stream().map(label).toList();
        List<Series> buckets = new ArrayList<>();
        for (int b = 0; b < ReportFigures.BUCKETS.size(); b++) {
            int i = b;
            buckets.add(new Series(t.apply("report.bucket." + ReportFigures.BUCKETS.get(b)),
                    s.subGroups().stream().map(g -> g.buckets()[i]).toList()));
        }
        view.hoursChart.show(Kind.STACKED, categories, buckets, false);

        Group total = s.total();
        long open = total.assigned() - total.completed() - total.overdue();
        view.completionChart.show(Kind.PIE, List.of(t.apply("report.completion.done"),
                        t.apply("report.completion.open"), t.apply("report.completion.overdue")),
                List.of(new Series(t.apply("report.completion"), List.of(total.completed(), open, total.overdue()))),
                false);

        view.examChart.show(Kind.BAR, s.exams().stream().map(ExamRate::title).toList(),
                List.of(new Series(t.apply("report.col.pass-rate"),
                        s.exams().stream().map(x -> x.rate().doubleValue()).toList())), true);
    }
}
