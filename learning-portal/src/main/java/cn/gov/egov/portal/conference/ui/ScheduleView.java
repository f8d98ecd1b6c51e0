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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ApiProblem;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceModels.Conference;
import cn.gov.egov.portal.conference.ConferenceModels.ConferenceForm;
import cn.gov.egov.portal.conference.InviteeContacts;
import cn.gov.egov.portal.conference.ConferenceModels.Room;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** 预约会议 — schedule a conference between rooms of the administrator's region, with live conflict feedback. */
@Route(value = "admin/conferences/new", layout = MainLayout.class)
@RouteAlias(value = "admin/conferences/edit", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class ScheduleView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final ConferenceServerClient client;
    private final InviteeContacts contacts;
    private final PortalUser user;
    private final RegionTree regions;

    private final TextField title = new TextField();
    private final Select<String> kind = new Select<>();
    private final ComboBox<Region> organiser;
    private final DatePicker date = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final RoomTreePicker rooms;
    private final ComboBox<Room> mainRoom = new ComboBox<>();
    private final Select<String> repeat = new Select<>();
    private final IntegerField count = new IntegerField();
    private final TextField invitees = new TextField();
    private final TextField skipDates = new TextField();
    private final H2 heading = new H2();
    private final Button submit = new Button();
    private UUID editing;
    /** A repetition rule the simple editor cannot show; kept as it is when editing. */
    private String keptRule;
    private long editingVersion;
    private final TextArea description = new TextArea();
    private final Span conflict = new Span();

    public ScheduleView(ConferenceServerClient client, InviteeContacts contacts, CurrentUser currentUser,
                        RegionTree regions) {
        this.client = client;
        this.contacts = contacts;
        this.regions = regions;
        this.user = currentUser.get();
        addClassName("schedule-view");
        heading.setText(getTranslation("schedule.title"));
        add(heading);

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
        rooms = new RoomTreePicker(getTranslation("schedule.field.rooms"), regions);
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
        skipDates.setLabel(getTranslation("schedule.field.skip"));
        skipDates.setHelperText(getTranslation("schedule.field.skip.help"));
        skipDates.setId("skip-dates");
        invitees.setLabel(getTranslation("schedule.field.invitees"));
        invitees.setHelperText(getTranslation("schedule.field.invitees.help"));
        invitees.setId("invitees");
        description.setLabel(getTranslation("schedule.field.description"));
        description.setMaxLength(4000);
        conflict.addClassName("conflict-message");
        conflict.getStyle().set("color", "var(--lumo-error-text-color)");

        FormLayout form = new FormLayout(title, kind, organiser, date, start, end, rooms, mainRoom, repeat, count,
                skipDates, invitees, description);
        form.setColspan(rooms, 2);
        form.setColspan(invitees, 2);
        form.setColspan(description, 2);
        submit.setText(getTranslation("schedule.submit"));
        submit.addClickListener(e -> submit());
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
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(date, start, end, rooms, repeat, count, organiser,
                skipDates)) {
            f.addValueChangeListener(e -> liveCheck());
        }
        loadRooms();
    }

    private void loadRooms() {
        Region region = organiser.getValue();
        if (region == null) {
            rooms.setItems(List.of(), null);
            return;
        }
        try {
            rooms.setItems(client.rooms(user, region.code(), 0, 200).items().stream().filter(Room::active).toList(),
                    region.code());
        } catch (ConferenceServerException e) {
            conflict.setText(getTranslation("conference.unavailable"));
        }
    }

    private ConferenceForm form() {
        LocalDate d = date.getValue();
        LocalTime s = start.getValue();
        LocalTime t = end.getValue();
        Set<UUID> ids = rooms.getValue().stream().map(Room::id).collect(Collectors.toCollection(LinkedHashSet::new));
        String rrule = keptRule != null ? keptRule : "NONE".equals(repeat.getValue()) ? null
                : "FREQ=" + repeat.getValue() + ";COUNT=" + (count.getValue() == null ? 1 : count.getValue());
        return new ConferenceForm(title.getValue(), kind.getValue(),
                organiser.getValue() == null ? null : organiser.getValue().code(),
                mainRoom.getValue() == null ? null : mainRoom.getValue().id(), ids, invitees(),
                d == null || s == null ? null : LocalDateTime.of(d, s),
                d == null || t == null ? null : LocalDateTime.of(d, t), "Asia/Shanghai", rrule, skipped(s),
                description.getValue());
    }

    /** Occurrences to leave out: dates (yyyy-MM-dd) at the start time; unreadable dates are reported. */
    private List<LocalDateTime> skipped(LocalTime at) {
        List<LocalDateTime> out = new java.util.ArrayList<>();
        if (at == null) {
            return out;
        }
        skipDates.setInvalid(false);
        for (String part : skipDates.getValue().split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(LocalDate.parse(part.strip()).atTime(at));
            } catch (java.time.format.DateTimeParseException e) {
                skipDates.setInvalid(true);
                skipDates.setErrorMessage(getTranslation("schedule.field.skip.bad", part));
            }
        }
        return out;
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
                    f.timeZone(), f.rrule(), f.exceptions(), f.description()), editing);
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
            ConferenceForm form = contacts.attach(form());
            var saved = editing == null ? client.schedule(user, form)
                    : client.update(user, editing, form, editingVersion);
            if (editing != null) {
                editingVersion = saved.version();
            }
            conflict.setText("");
            Notification n = Notification.show(getTranslation(editing == null ? "schedule.done" : "schedule.changed",
                    saved.title()), 5000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            n.addClassName("schedule-success");
            if (editing != null) {
                // An edit is finished once saved: show the conference as it now is.
                getUI().ifPresent(ui -> ui.navigate(ConferenceDetailView.class, saved.id().toString()));
            }
        } catch (InviteeContacts.UnknownInviteesException e) {
            invalid(invitees, getTranslation("schedule.invitees.unknown", String.join(", ", e.usernames())));
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

    /** With a conference id, the form edits that conference (its rooms, times and repetition are filled in). */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        if (id == null) {
            return;
        }
        try {
            Conference c = client.conference(user, UUID.fromString(id));
            editing = c.id();
            editingVersion = c.version();
            heading.setText(getTranslation("schedule.edit.title"));
            submit.setText(getTranslation("schedule.edit.submit"));
            title.setValue(c.title());
            kind.setValue(c.kind());
            organiser.setValue(regions.get(c.organiserRegion()));
            date.setValue(c.start().toLocalDate());
            start.setValue(c.start().toLocalTime());
            end.setValue(c.end().toLocalTime());
            java.util.Set<Room> chosen = new LinkedHashSet<>();
            rooms.items().stream().filter(r -> c.roomIds().contains(r.id())).forEach(chosen::add);
            rooms.setValue(chosen);
            chosen.stream().filter(r -> r.id().equals(c.mainRoomId())).findFirst().ifPresent(mainRoom::setValue);
            if (c.rrule() != null) {
                var m = java.util.regex.Pattern.compile("FREQ=(DAILY|WEEKLY|MONTHLY);COUNT=(\\d+)").matcher(c.rrule());
                if (m.matches()) {
                    repeat.setValue(m.group(1));
                    count.setValue(Integer.parseInt(m.group(2)));
                } else {
                    keptRule = c.rrule();
                    repeat.setEnabled(false);
                    count.setEnabled(false);
                    repeat.setHelperText(c.rrule());
                }
            }
            skipDates.setValue(c.exceptions().stream().map(x -> x.toLocalDate().toString())
                    .collect(Collectors.joining(", ")));
            invitees.setValue(String.join(", ", c.invitees()));
            description.setValue(c.description() == null ? "" : c.description());
        } catch (IllegalArgumentException e) {
            conflict.setText(getTranslation("problem.not-found"));
        } catch (ConferenceApiException e) {
            conflict.setText(Problems.describe(this, e.problem()));
        } catch (ConferenceServerException e) {
            conflict.setText(getTranslation("conference.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title") + " | " + getTranslation("app.name");
    }
}
