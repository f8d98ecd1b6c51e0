package cn.gov.egov.portal.conference.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceModels.Room;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** 会议室管理 — the meeting rooms of a region: register, change, issue a terminal credential, see who is online. */
@Route(value = "admin/rooms", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class RoomsView extends VerticalLayout implements HasDynamicTitle {

    private final ConferenceServerClient client;
    private final PortalUser user;
    private final RegionTree regions;
    private final ComboBox<Region> region;
    private final Grid<Room> grid = new Grid<>();
    private final Span message = new Span();

    public RoomsView(ConferenceServerClient client, CurrentUser currentUser, RegionTree regions) {
        this.client = client;
        this.user = currentUser.get();
        this.regions = regions;
        addClassName("rooms-view");
        setSizeFull();
        region = RegionPicker.create(getTranslation("rooms.region"), regions, user.regionCode());
        region.setWidth("22rem");
        region.setMaxWidth("100%");
        Button add = new Button(getTranslation("rooms.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("room-new");
        HorizontalLayout bar = new HorizontalLayout(region, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true); // on a phone the button goes under the region picker
        bar.setMaxWidth("100%");

        grid.addColumn(Room::name).setHeader(getTranslation("rooms.col.name")).setFlexGrow(1);
        grid.addColumn(r -> regions.find(r.regionCode()).map(x -> regions.path(x.code())).orElse(r.regionCode()))
                .setHeader(getTranslation("rooms.col.region")).setAutoWidth(true);
        grid.addColumn(Room::capacity).setHeader(getTranslation("rooms.col.capacity")).setAutoWidth(true);
        grid.addColumn(Room::contactName).setHeader(getTranslation("rooms.col.contact")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(!r.terminalIssued() ? "rooms.terminal.none"
                : r.online() ? "rooms.terminal.online" : "rooms.terminal.offline"))
                .setHeader(getTranslation("rooms.col.terminal")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("action.edit"), e -> open(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button token = new Button(getTranslation("rooms.token.issue"), e -> issueToken(r));
            token.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(edit, token);
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("rooms.empty"));
        add(new H2(getTranslation("rooms.title")), bar, message, grid);
        region.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void refresh() {
        if (region.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        try {
            grid.setItems(client.rooms(user, region.getValue().code(), 0, 200).items());
            message.setText("");
        } catch (ConferenceApiException e) {
            message.setText(Problems.describe(this, e.problem()));
        } catch (ConferenceServerException e) {
            message.setText(getTranslation("conference.unavailable"));
        }
    }

    private void open(Room room) {
        new RoomDialog(room, regions, user.regionCode(),
                form -> room == null ? client.createRoom(user, form) : client.updateRoom(user, room.id(), form,
                        room.version()),
                saved -> refresh()).open();
    }

    private void issueToken(Room room) {
        try {
            String token = client.issueTerminalToken(user, room.id());
            Dialog d = new Dialog();
            d.setHeaderTitle(getTranslation("rooms.token.title", room.name()));
            TextField field = new TextField();
            field.setValue(token);
            field.setReadOnly(true);
            field.setWidthFull();
            d.add(new Paragraph(getTranslation("rooms.token.once")), field);
            d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
            d.setWidth("36rem");
            d.open();
            refresh();
        } catch (ConferenceApiException e) {
            message.setText(Problems.describe(this, e.problem()));
        } catch (ConferenceServerException e) {
            message.setText(getTranslation("conference.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rooms.title") + " | " + getTranslation("app.name");
    }
}
