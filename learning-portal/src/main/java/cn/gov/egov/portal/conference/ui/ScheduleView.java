package cn.gov.egov.portal.conference.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ApiProblem;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceModels.ConferenceForm;
import cn.gov.egov.portal.conference.ConferenceModels.Room;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** 预约会议 — schedule a conference between rooms of the administrator's region, with live conflict feedback. */
@Route(value = "admin/conferences/new", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class ScheduleView extends VerticalLayout implements HasDynamicTitle {

    private final ConferenceServerClient client;
    private final PortalUser user;

    private final TextField title = new TextField();
    private final Select<String> kind = new Select<>();
    private final ComboBox<Region> organiser;
    private final DatePicker date = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final MultiSelectComboBox<Room> rooms = new MultiSelectComboBox<>();
    private final ComboBox<Room> mainRoom = new ComboBox<>();
    private final Select<String> repeat = new Select<>();
    private final IntegerField count = new IntegerField();
    private final TextField invitees = new TextField();
    private final TextArea description = new TextArea();
    private final Span conflict = new Span();

    public ScheduleView(ConferenceServerClient client, CurrentUser currentUser, RegionTree regions) {
        this.client = client;
        this.user = currentUser.get();
        addClassName("schedule-view");
        add(new H2(getTranslation("schedule.title")));

        title.setLabel(getTranslation("schedule.field.title"));
        title.setMaxLength(100);
        title.setId("title");
        kind.setLabel(getTranslation("schedule.field.kind"));
        kind.setItems("MEETING", "TRAINING");
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k));
        kind.setValue("MEETING");
        organiser = RegionPicker.create(getTranslation("schedule.field.organiser"), regions, user.regionCode());
        organiser.setId("organiser");
        date.setLabel(getTranslation("schedule.field.date"));
        date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        date.setId("date");
        start.setLabel(getTranslation("schedule.field.start"));
        start.setId("start");
        end.setLabel(getTranslation("schedule.field.end"));
        end.setId("end");
        rooms.setLabel(getTranslation("schedule.field.rooms"));
        rooms.setItemLabelGenerator(Room::name);
        rooms.setId("rooms");
        mainRoom.setLabel(getTranslation("schedule.field.main-room"));
        mainRoom.setItemLabelGenerator(Room::name);
        mainRoom.setId("main-room");
        repeat.setLabel(getTranslation("schedule.field.repeat"));
        repeat.setItems("NONE", "DAILY", "WEEKLY", "MONTHLY");
        repeat.setItemLabelGenerator(r -> getTranslation("repeat." + r));
        repeat.setValue("NONE");
        count.setLabel(getTranslation("schedule.field.count"));
        count.setMin(1);
        count.setMax(500);
        count.setValue(1);
        invitees.setLabel(getTranslation("schedule.field.invitees"));
        invitees.setHelperText(getTranslation("schedule.field.invitees.help"));
        invitees.setId("invitees");
        description.setLabel(getTranslation("schedule.field.description"));
        description.setMaxLength(4000);
        conflict.addClassName("conflict-message");
        conflict.getStyle().set("color", "var(--lumo-error-text-color)");

        FormLayout form = new FormLayout(title, kind, organiser, date, start, end, rooms, mainRoom, repeat, count,
                invitees, description);
        form.setColspan(invitees, 2);
        form.setColspan(description, 2);
        Button submit = new Button(getTranslation("schedule.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("schedule-submit");
        add(form, conflict, submit);

        organiser.addValueChangeListener(e -> loadRooms());
        rooms.addValueChangeListener(e -> {
            mainRoom.setItems(e.getValue());
            if (mainRoom.getValue() == null || !e.getValue().contains(mainRoom.getValue())) {
                mainRoom.setValue(e.getValue().stream().findFirst().orElse(null));
            }
        });
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(date, start, end, rooms, repeat, count, organiser)) {
            f.addValueChangeListener(e -> liveCheck());
        }
        loadRooms();
    }

    private void loadRooms() {
        Region region = organiser.getValue();
        if (region == null) {
            rooms.setItems(List.of());
            return;
        }
        try {
            rooms.setItems(client.rooms(user, region.code(), 0, 200).items().stream().filter(Room::active).toList());
        } catch (ConferenceServerException e) {
            conflict.setText(getTranslation("conference.unavailable"));
        }
    }

    private ConferenceForm form() {
        LocalDate d = date.getValue();
        LocalTime s = start.getValue();
        LocalTime t = end.getValue();
        Set<UUID> ids = rooms.getValue().stream().map(Room::id).collect(Collectors.toCollection(LinkedHashSet::new));
        String rrule = "NONE".equals(repeat.getValue()) ? null
                : "FREQ=" + repeat.getValue() + ";COUNT=" + (count.getValue() == null ? 1 : count.getValue());
        return new ConferenceForm(title.getValue(), kind.getValue(),
                organiser.getValue() == null ? null : organiser.getValue().code(),
                mainRoom.getValue() == null ? null : mainRoom.getValue().id(), ids, invitees(),
                d == null || s == null ? null : LocalDateTime.of(d, s),
                d == null || t == null ? null : LocalDateTime.of(d, t), "Asia/Shanghai", rrule, List.of(),
                description.getValue());
    }

    /** Portal user names separated by commas, spaces or 、. */
    private Set<String> invitees() {
        Set<String> names = new LinkedHashSet<>();
        for (String n : invitees.getValue().split("[,，、\\s]+")) {
            if (!n.isBlank()) {
                names.add(n.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    /** Asks conference-server whether the rooms are free while the administrator fills in the form. */
    private void liveCheck() {
        ConferenceForm f = form();
        if (f.start() == null || f.end() == null || f.roomIds().isEmpty() || f.mainRoomId() == null) {
            conflict.setText("");
            return;
        }
        try {
            var result = client.check(user, new ConferenceForm(f.title() == null || f.title().isBlank() ? "?" : f.title(),
                    f.kind(), f.organiserRegion(), f.mainRoomId(), f.roomIds(), f.invitees(), f.start(), f.end(),
                    f.timeZone(), f.rrule(), f.exceptions(), f.description()));
            conflict.setText(result.conflict() == null ? "" : Problems.conflict(this, Map.of(
                    "roomName", result.conflict().roomName(), "conferenceTitle", result.conflict().conferenceTitle(),
                    "start", result.conflict().start(), "end", result.conflict().end())));
        } catch (ConferenceApiException e) {
            conflict.setText(Problems.describe(this, e.problem()));
        } catch (ConferenceServerException e) {
            conflict.setText(getTranslation("conference.unavailable"));
        }
    }

    private void submit() {
        clearErrors();
        try {
            var created = client.schedule(user, form());
            conflict.setText("");
            Notification n = Notification.show(getTranslation("schedule.done", created.title()), 5000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            n.addClassName("schedule-success");
        } catch (ConferenceApiException e) {
            showProblem(e.problem());
        } catch (ConferenceServerException e) {
            conflict.setText(getTranslation("conference.unavailable"));
        }
    }

    private void showProblem(ApiProblem p) {
        conflict.setText(Problems.describe(this, p));
        for (ApiProblem.FieldError error : p.errors()) {
            String message = Problems.field(this, error);
            switch (error.field()) {
                case "title" -> invalid(title, message);
                case "start" -> invalid(start, message);
                case "end" -> invalid(end, message);
                case "roomIds" -> {
                    rooms.setInvalid(true);
                    rooms.setErrorMessage(message);
                }
                case "mainRoomId" -> {
                    mainRoom.setInvalid(true);
                    mainRoom.setErrorMessage(message);
                }
                case "invitees" -> invalid(invitees, message);
                case "rrule" -> {
                    count.setInvalid(true);
                    count.setErrorMessage(message);
                }
                default -> { }
            }
        }
    }

    private static void invalid(com.vaadin.flow.component.shared.HasValidationProperties field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }

    private void clearErrors() {
        for (var f : List.<com.vaadin.flow.component.shared.HasValidationProperties>of(title, start, end, rooms,
                mainRoom, count, invitees)) {
            f.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title") + " | " + getTranslation("app.name");
    }
}
