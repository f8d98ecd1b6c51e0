package cn.gov.egov.portal.conference.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;

import cn.gov.egov.portal.conference.ControlCommand;
import cn.gov.egov.portal.conference.LivePanel.Row;

/**
 * One venue (会场) of the control panel: name, type and region, its marks (主会场, muted, camera off, hand raised,
 * thin link, shown now) and what a controller can do to it. Updated in place every refresh, so an open selector
 * or a button under the pointer survives the poll.
 */
final class VenueCard extends Div {

    private final Consumer<ControlCommand> send;
    private final Span name = new Span();
    private final Span meta = new Span();
    private final Div badges = new Div();
    private final Button broadcast;
    private final Button rollCall;
    private final Button mute;
    private final Button camera;
    private final Button designateMain;
    private final Button remove;
    private final Select<String> thinLink = new Select<>();
    private Row row;
    private String region = "";
    private boolean ended;

    VenueCard(Row row, String regionName, Consumer<ControlCommand> send) {
        this.send = send;
        addClassName("venue-card");
        getElement().setAttribute("data-venue", row.id());
        name.addClassName("venue-name");
        meta.addClassName("venue-meta");
        badges.addClassName("control-badges");

        broadcast = ControlTexts.button("", "venue-broadcast", () -> send.accept(this.row.broadcast()
                ? ControlCommand.cancelBroadcast() : ControlCommand.broadcast(this.row.id())));
        rollCall = ControlTexts.button("", "venue-roll-call", () -> send.accept(this.row.rollCall()
                ? ControlCommand.endRollCall() : ControlCommand.rollCall(this.row.id())));
        mute = ControlTexts.button("", "venue-mute", () -> send.accept(this.row.audioMuted()
                ? ControlCommand.unmute(this.row.id()) : ControlCommand.mute(this.row.id())));
        camera = ControlTexts.button("", "venue-camera", () -> send.accept(this.row.videoOff()
                ? ControlCommand.cameraOn(this.row.id()) : ControlCommand.cameraOff(this.row.id())));
        designateMain = ControlTexts.button(getTranslation("control.action.designate-main"), "venue-designate-main",
                () -> send.accept(ControlCommand.designateMain(this.row.id())));
        remove = ControlTexts.button(getTranslation("control.action.remove"), "venue-remove", this::confirmRemove);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);

        thinLink.setItems(Arrays.asList(ControlCommand.THIN_LINK_MODES));
        thinLink.setItemLabelGenerator(m -> getTranslation("control.thin." + m));
        thinLink.setAriaLabel(getTranslation("control.thin-link"));
        thinLink.setTooltipText(getTranslation("control.thin-link"));
        thinLink.setPrefixComponent(new Span(getTranslation("control.thin-link.short")));
        thinLink.addThemeVariants(SelectVariant.LUMO_SMALL);
        thinLink.addClassName("venue-thin-link");
        thinLink.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(this.row.thinLink())) {
                send.accept(ControlCommand.thinLink(this.row.id(), e.getValue()));
            }
        });

        Div title = new Div(name);
        Div actions = new Div(broadcast, rollCall, mute, camera, thinLink, designateMain, remove);
        actions.addClassName("control-row");
        add(title, meta, badges, actions);
        update(row, regionName, false);
    }

    String venueId() {
        return row.id();
    }

    /** Shows the venue's current state; does nothing when nothing changed. */
    void update(Row row, String regionName, boolean ended) {
        if (row.equals(this.row) && regionName.equals(region) && ended == this.ended) {
            return;
        }
        this.row = row;
        this.region = regionName;
        this.ended = ended;
        name.setText(row.name());
        meta.setText(getTranslation("control.kind." + row.kind()) + (regionName.isEmpty() ? "" : " · " + regionName));
        setClassName("main", row.main());
        setClassName("featured", row.featured() || row.featuredAtMain());
        showBadges(row);

        broadcast.setText(getTranslation(row.broadcast() ? "control.action.cancel-broadcast"
                : "control.action.broadcast"));
        rollCall.setText(getTranslation(row.rollCall() ? "control.action.end-roll-call" : "control.action.roll-call"));
        mute.setText(getTranslation(row.audioMuted() ? "control.action.unmute" : "control.action.mute"));
        camera.setText(getTranslation(row.videoOff() ? "control.action.camera-on" : "control.action.camera-off"));
        designateMain.setVisible(!row.main());
        thinLink.setValue(row.thinLink());
        // what the user may not do is shown disabled (conference-server refuses it anyway)
        List.<HasEnabled>of(broadcast, mute, camera, remove, thinLink)
                .forEach(c -> c.setEnabled(!ended && row.mayControl()));
        List.<HasEnabled>of(rollCall, designateMain).forEach(c -> c.setEnabled(!ended && row.mayControlAll()));
    }

    private void showBadges(Row row) {
        badges.removeAll();
        if (row.main()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.main"), "main"));
        }
        if (!row.connected()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.connecting"), "thin"));
        }
        if (row.audioMuted()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.muted"), "muted"));
        }
        if (row.videoOff()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.camera-off"), "camera-off"));
        }
        if (row.handRaised()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.hand"), "hand"));
        }
        if (!"NORMAL".equals(row.thinLink())) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.thin." + row.thinLink()), "thin"));
        }
        if (row.rollCall()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.roll-call"), "state"));
        }
        if (row.broadcast()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.broadcast"), "state"));
        }
        if (row.polled()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.polled"), "state"));
        }
        if (row.featured() && !row.broadcast() && !row.rollCall()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.featured"), "shown"));
        } else if (row.featuredAtMain() && !row.featured()) {
            badges.add(ControlTexts.badge(getTranslation("control.badge.featured-main"), "shown"));
        }
    }

    private void confirmRemove() {
        String venue = row.id();
        ControlTexts.confirm(this, getTranslation("control.action.remove"),
                getTranslation("control.remove.confirm", row.name()), getTranslation("control.action.remove"),
                "confirm-remove", () -> send.accept(ControlCommand.remove(venue)));
    }
}
