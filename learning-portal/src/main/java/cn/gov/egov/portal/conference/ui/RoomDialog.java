package cn.gov.egov.portal.conference.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.egov.portal.conference.ApiProblem;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceModels.Room;
import cn.gov.egov.portal.conference.ConferenceModels.RoomForm;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** The form to register (room == null) or change a meeting room; the save action is given by the view. */
class RoomDialog extends Dialog {

    /** What saving does: calls conference-server and returns the saved room, or throws its refusal. */
    interface Save {
        Room save(RoomForm form);
    }

    private final TextField name = new TextField();
    private final Span error = new Span();

    RoomDialog(Room room, RegionTree regions, String rootRegion, Save save, Consumer<Room> saved) {
        setHeaderTitle(getTranslation(room == null ? "rooms.new" : "rooms.edit"));
        ComboBox<Region> region = RegionPicker.create(getTranslation("rooms.col.region"), regions, rootRegion);
        name.setLabel(getTranslation("rooms.col.name"));
        name.setMaxLength(100);
        name.setId("room-name");
        TextField address = new TextField(getTranslation("rooms.field.address"));
        IntegerField capacity = new IntegerField(getTranslation("rooms.col.capacity"));
        capacity.setMin(0);
        TextField contact = new TextField(getTranslation("rooms.col.contact"));
        TextField phone = new TextField(getTranslation("rooms.field.phone"));
        EmailField email = new EmailField(getTranslation("rooms.field.email"));
        TextArea equipment = new TextArea(getTranslation("rooms.field.equipment"));
        if (room != null) {
            region.setValue(regions.get(room.regionCode()));
            name.setValue(room.name());
            address.setValue(nn(room.address()));
            capacity.setValue(room.capacity());
            contact.setValue(nn(room.contactName()));
            phone.setValue(nn(room.contactPhone()));
            email.setValue(nn(room.contactEmail()));
            equipment.setValue(nn(room.equipment()));
        }
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.addClassName("room-error");
        add(new FormLayout(region, name, address, capacity, contact, phone, email, equipment), error);

        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                Room r = save.save(new RoomForm(region.getValue() == null ? null : region.getValue().code(),
                        name.getValue(), address.getValue(), capacity.getValue(), contact.getValue(), phone.getValue(),
                        email.getValue(), equipment.getValue(), true));
                close();
                saved.accept(r);
            } catch (ConferenceApiException ex) {
                ApiProblem p = ex.problem();
                error.setText(Problems.describe(this, p));
            } catch (ConferenceServerException ex) {
                error.setText(getTranslation("conference.unavailable"));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("room-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
