package cn.gov.egov.portal.conference.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceModels.CalendarEntry;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** 会议日历 — the conferences of a region by day or by week, as a list. */
@Route(value = "admin/conferences", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ConferenceServerClient client;
    private final PortalUser user;
    private final ComboBox<Region> region;
    private final DatePicker day = new DatePicker();
    private final Select<String> span = new Select<>();
    private final Grid<CalendarEntry> grid = new Grid<>();
    private final Span message = new Span();

    public CalendarView(ConferenceServerClient client, CurrentUser currentUser, RegionTree regions) {
        this.client = client;
        this.user = currentUser.get();
        addClassName("calendar-view");
        setSizeFull();
        region = RegionPicker.create(getTranslation("calendar.region"), regions, user.regionCode());
        region.setWidth("22rem");
        day.setLabel(getTranslation("calendar.day"));
        day.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        day.setValue(LocalDate.now(Problems.SHANGHAI));
        span.setLabel(getTranslation("calendar.view"));
        span.setItems("WEEK", "DAY");
        span.setItemLabelGenerator(s -> getTranslation("calendar.view." + s));
        span.setValue("WEEK");
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        Button schedule = new Button(getTranslation("nav.schedule"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ScheduleView.class)));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(region, span, previous, day, next, schedule);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.addColumn(e -> DAY.withLocale(getLocale()).format(e.start().atZone(Problems.SHANGHAI)))
                .setHeader(getTranslation("calendar.col.date")).setAutoWidth(true);
        grid.addColumn(e -> TIME.format(e.start().atZone(Problems.SHANGHAI)) + "–"
                + TIME.format(e.end().atZone(Problems.SHANGHAI))).setHeader(getTranslation("calendar.col.time"))
                .setAutoWidth(true);
        grid.addColumn(CalendarEntry::title).setHeader(getTranslation("calendar.col.title")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("kind." + e.kind())).setHeader(getTranslation("calendar.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("state." + e.state())).setHeader(getTranslation("calendar.col.state"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("calendar.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ConferenceDetailView.class,
                e.getItem().conferenceId().toString())));
        grid.addClassName("calendar-grid");
        add(new H2(getTranslation("calendar.title")), bar, message, grid);

        region.addValueChangeListener(e -> refresh());
        day.addValueChangeListener(e -> refresh());
        span.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void move(int steps) {
        day.setValue(day.getValue().plusDays(steps * ("WEEK".equals(span.getValue()) ? 7L : 1L)));
    }

    private void refresh() {
        if (region.getValue() == null || day.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        LocalDate first = "WEEK".equals(span.getValue())
                ? day.getValue().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.getValue();
        LocalDate last = "WEEK".equals(span.getValue()) ? first.plusDays(7) : first.plusDays(1);
        try {
            grid.setItems(client.calendar(user, region.getValue().code(),
                    first.atStartOfDay(Problems.SHANGHAI).toInstant(), last.atStartOfDay(Problems.SHANGHAI).toInstant()));
            message.setText("");
        } catch (ConferenceApiException e) {
            grid.setItems(List.of());
            message.setText(Problems.describe(this, e.problem()));
        } catch (ConferenceServerException e) {
            grid.setItems(List.of());
            message.setText(getTranslation("conference.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " | " + getTranslation("app.name");
    }
}
