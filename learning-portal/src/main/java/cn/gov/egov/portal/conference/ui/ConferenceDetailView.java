package cn.gov.egov.portal.conference.ui;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceModels.Conference;
import cn.gov.egov.portal.conference.ConferenceModels.Delivery;
import cn.gov.egov.portal.conference.ConferenceModels.Occurrence;
import cn.gov.egov.portal.conference.ConferenceModels.Room;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/**
 * 会议详情 — participants, occurrences with their state and attendance (签到), delivery of the notices, the way to the
 * control panel (会控), and cancelling.
 */
@Route(value = "admin/conferences/detail", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class ConferenceDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ConferenceServerClient client;
    private final PortalUser user;
    private final RegionTree regions;
    private String title = "";

    public ConferenceDetailView(ConferenceServerClient client, CurrentUser currentUser, RegionTree regions) {
        this.client = client;
        this.user = currentUser.get();
        this.regions = regions;
        addClassName("conference-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        try {
            show(client.conference(user, UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            add(new Paragraph(getTranslation("problem.not-found")));
        } catch (ConferenceApiException e) {
            add(new Paragraph(Problems.describe(this, e.problem())));
        } catch (ConferenceServerException e) {
            add(new Paragraph(getTranslation("conference.unavailable")));
        }
    }

    private void show(Conference c) {
        title = c.title();
        Map<UUID, Room> rooms = client.rooms(user, user.regionCode(), 0, 200).items().stream()
                .collect(Collectors.toMap(Room::id, Function.identity()));
        Function<UUID, String> roomName = id -> rooms.containsKey(id) ? rooms.get(id).name() : id.toString();

        H2 heading = new H2(c.title());
        heading.addClassName("conference-title");
        Span status = new Span(getTranslation(c.cancelled() ? "state.CANCELLED" : "detail.active"));
        status.addClassName("conference-status");
        add(heading, status,
                new Paragraph(getTranslation("detail.when", getTranslation("kind." + c.kind()),
                        Problems.time(c.startUtc()), Problems.time(c.endUtc()).substring(11),
                        c.rrule() == null ? getTranslation("repeat.NONE") : c.rrule())),
                new Paragraph(getTranslation("detail.organiser", regions.find(c.organiserRegion())
                        .map(r -> regions.path(r.code())).orElse(c.organiserRegion()))),
                new Paragraph(getTranslation("detail.main-room", roomName.apply(c.mainRoomId()))),
                new Paragraph(getTranslation("detail.rooms", c.roomIds().stream().map(roomName)
                        .collect(Collectors.joining("、")))),
                new Paragraph(getTranslation("detail.invitees", c.invitees().isEmpty() ? "—"
                        : String.join("、", c.invitees()))));
        if (c.description() != null) {
            add(new Paragraph(c.description()));
        }

        Grid<Occurrence> occurrences = new Grid<>();
        occurrences.addColumn(Occurrence::seq).setHeader("#").setAutoWidth(true);
        occurrences.addColumn(o -> Problems.time(o.start())).setHeader(getTranslation("calendar.col.date"));
        occurrences.addColumn(o -> getTranslation("state." + o.state())).setHeader(getTranslation("calendar.col.state"));
        occurrences.addComponentColumn(o -> attendanceLinks(c, o)).setHeader(getTranslation("attendance.col.actions"))
                .setAutoWidth(true);
        occurrences.setItems(client.occurrences(user, c.id()));
        occurrences.setAllRowsVisible(true);
        add(new H3(getTranslation("detail.occurrences")), occurrences);

        Grid<Delivery> deliveries = new Grid<>();
        deliveries.addColumn(d -> getTranslation("detail.channel." + d.channel())).setHeader(getTranslation(
                "detail.col.channel")).setAutoWidth(true);
        deliveries.addColumn(d -> d.recipientLabel() == null ? d.recipient() : d.recipientLabel())
                .setHeader(getTranslation("detail.col.recipient")).setAutoWidth(true);
        deliveries.addColumn(Delivery::subject).setHeader(getTranslation("detail.col.subject")).setFlexGrow(1);
        deliveries.addColumn(d -> getTranslation("detail.delivery." + d.status())).setHeader(getTranslation(
                "detail.col.status")).setAutoWidth(true);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader(getTranslation(
                "detail.col.error"));
        deliveries.setItems(client.deliveries(user, c.id()));
        deliveries.setAllRowsVisible(true);
        deliveries.addClassName("deliveries");
        add(new H3(getTranslation("detail.deliveries")), deliveries);

        if (!c.cancelled()) {
            // a plain link: the portal issues a join ticket and sends the browser to conference-server's client
            Anchor join = new Anchor("/conference/join/" + c.id(), getTranslation("detail.join"));
            join.setRouterIgnore(true);
            join.setTarget("_blank");
            join.setId("conference-join");
            Button control = new Button(getTranslation("control.open"), VaadinIcon.SLIDERS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("admin/conferences/control/" + c.id())));
            control.setId("conference-control");
            control.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout live = new HorizontalLayout(control, join);
            live.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(live);
        }
        if (!c.cancelled() && c.startUtc().isAfter(java.time.Instant.now())) {
            Button edit = new Button(getTranslation("detail.edit"), e -> getUI().ifPresent(ui -> ui.navigate(
                    "admin/conferences/edit/" + c.id())));
            edit.setId("conference-edit");
            add(edit);
        }
        if (!c.cancelled()) {
            Button cancel = new Button(getTranslation("detail.cancel"), e -> confirmCancel(c));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("conference-cancel");
            add(cancel);
        }
    }

    /** 签到情况 (a dialog) and 导出签到表 (the workbook) of one occurrence. */
    private HorizontalLayout attendanceLinks(Conference c, Occurrence o) {
        Button show = new Button(getTranslation("attendance.open"), e -> showAttendance(c, o));
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        show.addClassName("attendance-open");
        HorizontalLayout links = new HorizontalLayout(show, AttendanceDialog.exportLink(c.id().toString(),
                o.id().toString(), getTranslation("attendance.export")));
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        return links;
    }

    private void showAttendance(Conference c, Occurrence o) {
        try {
            new AttendanceDialog(client.attendance(user, c.id(), o.id())).open();
        } catch (ConferenceApiException e) {
            Notification.show(Problems.describe(this, e.problem()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ConferenceServerException e) {
            Notification.show(getTranslation("conference.unavailable"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirmCancel(Conference c) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("detail.cancel"));
        dialog.setText(getTranslation("detail.cancel.confirm", c.title()));
        Button confirm = new Button(getTranslation("detail.cancel"), e -> {
            dialog.close();
            try {
                client.cancel(user, c.id(), c.version());
                removeAll();
                show(client.conference(user, c.id()));
            } catch (ConferenceApiException ex) {
                add(new Paragraph(Problems.describe(this, ex.problem())));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-cancel");
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.close"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("detail.title") + (title.isEmpty() ? "" : " · " + title) + " | "
                + getTranslation("app.name");
    }

}
