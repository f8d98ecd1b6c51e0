package cn.gov.egov.portal.learning.report.ui;

import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ui.RegionPicker;
import cn.gov.egov.portal.learning.report.ReportException;
import cn.gov.egov.portal.learning.report.ReportFigures;
import cn.gov.egov.portal.learning.report.ReportFigures.ExamRate;
import cn.gov.egov.portal.learning.report.ReportFigures.Group;
import cn.gov.egov.portal.learning.report.ReportFigures.Overdue;
import cn.gov.egov.portal.learning.report.ReportFigures.Ranked;
import cn.gov.egov.portal.learning.report.ReportFigures.Summary;
import cn.gov.egov.portal.learning.report.ReportService;
import cn.gov.egov.portal.learning.report.ReportWorkbook;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** 学习统计 — a region administrator's figures for one year: summary, charts, grids, Excel export. */
@Route(value = "admin/reports", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "COURSE_ADMIN", "SYSTEM_ADMIN"})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportService reports;
    private final RegionTree regions;
    private final PortalUser user;
    private final Select<Integer> year = new Select<>();
    private final ComboBox<Region> region;
    private final Span message = new Span();
    private final FlexLayout figures = new FlexLayout();
    final ReportChart hoursChart = new ReportChart("report-chart-hours");
    final ReportChart completionChart = new ReportChart("report-chart-completion");
    final ReportChart examChart = new ReportChart("report-chart-exams");
    final H3 subTitle = new H3();
    final Grid<Group> subGroups;
    final Grid<Group> departments;
    final Grid<ExamRate> exams;
    final Grid<Overdue> overdue;
    final Grid<Ranked> ranking;
    final Grid<Group> byAverage;
    private Summary shown;

    public ReportsView(ReportService reports, CurrentUser currentUser, RegionTree regions) {
        this.reports = reports;
        this.regions = regions;
        this.user = currentUser.get();
        addClassName("reports-view");
        setWidthFull();
        int thisYear = reports.today().getYear();
        year.setLabel(getTranslation("report.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(thisYear);
        year.setWidth("8rem");
        year.addClassName("report-year");
        region = RegionPicker.create(getTranslation("report.region"), regions, user.regionCode());
        region.setWidth("min(24rem, 100%)");
        region.addClassName("report-region");
        region.setAllowCustomValue(false);
        Locale locale = getLocale(); // the download runs outside the UI's request: keep the UI's language
        Anchor export = new Anchor(exportHandler(locale), getTranslation("report.export"));
        export.addClassName("report-export");
        HorizontalLayout bar = new HorizontalLayout(year, region, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        message.addClassName("report-message");

        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        figures.addClassName("report-figures");
        FlexLayout charts = new FlexLayout(box(hoursChart), box(completionChart), box(examChart));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        charts.getStyle().set("gap", "var(--lumo-space-m)");

        subGroups = ReportTables.groups(this::getTranslation, this::label, "report-sub-groups");
        departments = ReportTables.groups(this::getTranslation, this::label, "report-departments");
        departments.setAllRowsVisible(false);
        departments.setHeight("360px");
        exams = ReportTables.exams(this::getTranslation);
        overdue = ReportTables.overdue(this::getTranslation, this::regionName);
        overdue.setAllRowsVisible(false);
        ranking = ReportTables.ranking(this::getTranslation, this::regionName);
        byAverage = ReportTables.groups(this::getTranslation, this::label, "report-by-average");
        add(new H2(getTranslation("report.title")), bar, message, figures, charts, subTitle, subGroups,
                new H3(getTranslation("report.departments")), departments, new H3(getTranslation("report.exams")),
                exams, new H3(getTranslation("report.overdue")), overdue, new H3(getTranslation("report.ranking")),
                ranking, new H3(getTranslation("report.by-average")), byAverage);
        year.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        refresh();
    }

    void refresh() {
        if (region.getValue() == null || year.getValue() == null) {
            return;
        }
        int y = year.getValue();
        String code = region.getValue().code();
        try {
            shown = reports.summary(user, y, code);
            message.setText("");
        } catch (AccessDeniedException | ReportException e) {
            message.setText(e.getMessage());
            return;
        }
        showFigures(shown);
        ReportViewCharts.fill(this, shown, this::getTranslation, this::label);
        subTitle.setText(getTranslation(shown.subLevel().equals("UNIT") ? "report.sub-units" : "report.sub-regions"));
        subGroups.setItems(shown.subGroups());
        departments.setItems(shown.departments());
        exams.setItems(shown.exams());
        ranking.setItems(shown.topLearners());
        byAverage.setItems(shown.subGroupsByAverage());
        overdue.setItems(q -> reports.overdue(user, y, code, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, shown.overdueCount()));
    }

    private void showFigures(Summary s) {
        figures.removeAll();
        Group t = s.total();
        figures.add(figure("report-learners", "report.col.learners", String.valueOf(t.learners())),
                figure("report-met", "report.col.met", t.met() + "（" + ReportTables.pct(t.metRate()) + "）"),
                figure("report-average", "report.col.average", t.averageHours().toPlainString()),
                figure("report-median", "report.col.median", t.medianHours().toPlainString()),
                figure("report-completion", "report.col.completion-rate",
                        ReportTables.pct(t.completionRate()) + "（" + t.completed() + " / " + t.assigned() + "）"),
                figure("report-overdue-count", "report.col.overdue", String.valueOf(s.overdueCount())));
    }

    private Div figure(String className, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span number = new Span(value);
        number.addClassName("report-figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div box = new Div(label, new Div(number));
        box.addClassName(className);
        box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-width", "9rem");
        return box;
    }

    private static Div box(ReportChart chart) {
        Div box = new Div(chart);
        box.getStyle().set("flex", "1 1 380px").set("min-width", "0").set("max-width", "100%");
        return box;
    }

    String label(Group g) {
        return ReportFigures.displayLabel(g, shown == null ? "" : shown.regionCode(),
                name -> getTranslation("report.own-level", name), getTranslation("report.no-unit"));
    }

    String regionName(String code) {
        return regions.find(code).map(r -> regions.path(r.code())).orElse(code);
    }

    private DownloadHandler exportHandler(Locale locale) {
        return event -> {
            Region r = region.getValue();
            Integer y = year.getValue();
            if (r == null || y == null) {
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName("learning-report-" + y + "-" + r.code() + ".xlsx");
            event.setContentType(ReportWorkbook.CONTENT_TYPE);
            try (ReportWorkbook book = new ReportWorkbook(key -> getTranslation(locale, key), this::regionName)) {
                reports.export(user, y, r.code(), s -> book.summary(s, g -> ReportFigures.displayLabel(g, s.regionCode(),
                            name -> getTranslation(locale, "report.own-level", name),
                            getTranslation(locale, "report.no-unit"))), book::overdue);
                book.write(event.getOutputStream());
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " | " + getTranslation("app.name");
    }
}
