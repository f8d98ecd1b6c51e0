package cn.gov.egov.portal.conference.ui;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.conference.ControlCommand;
import cn.gov.egov.portal.conference.LiveModels.LiveView;
import cn.gov.egov.portal.conference.LivePanel;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.RegionTree;

/**
 * 会控 — the control panel of a live conference for its chair and administrators: venues with their state and
 * actions, the hands queue, and actions on the whole conference. Refreshes every two seconds from conference-server,
 * which decides what the signed-in user may do (the chair may hold any role, so every signed-in user may open the
 * page; refusals are shown as conference-server words them).
 */
@Route(value = "admin/conferences/control", layout = MainLayout.class)
@PermitAll
@StyleSheet("./styles/control-panel.css")
public class ControlPanelView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final int POLL_MILLIS = 2000;

    private final ConferenceServerClient client;
    private final PortalUser user;
    private final Paragraph message = new Paragraph();
    private final Div panel = new Div();
    private final ControlStatus status;
    private final ConferenceActions actions;
    private final HandsQueue hands;
    private final BannedList banned;
    private final VenueList venues;
    private final H2 heading = new H2();
    private final Anchor back = new Anchor();
    private UUID conferenceId;
    private String title = "";
    private Registration polling;

    public ControlPanelView(ConferenceServerClient client, CurrentUser currentUser, RegionTree regions) {
        this.client = client;
        this.user = currentUser.get();
        addClassName("control-panel");
        status = new ControlStatus(this::send);
        actions = new ConferenceActions(this::send);
        hands = new HandsQueue(this::send);
        banned = new BannedList(regions, this::send);
        venues = new VenueList(regions, this::send);
        Div side = new Div(hands, banned);
        side.addClassName("control-side");
        Div sections = new Div(side, venues);
        sections.addClassName("control-sections");
        panel.add(status, actions, sections);
        panel.setWidthFull();
        panel.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        heading.addClassName("control-title");
        message.addClassName("control-message");
        back.setText(getTranslation("control.back"));
        back.addClassName("control-back");
        back.setVisible(false);
        add(heading, back, message, panel);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        try {
            conferenceId = UUID.fromString(id);
            title = client.conference(user, conferenceId).title();
            heading.setText(getTranslation("control.heading", title));
            back.setHref("admin/conferences/detail/" + conferenceId);
            back.setVisible(user.role() == Role.REGION_ADMIN || user.role() == Role.SYSTEM_ADMIN);
            refresh();
        } catch (IllegalArgumentException e) {
            stop(getTranslation("problem.not-found"));
        } catch (ConferenceApiException e) {
            stop(Problems.describe(this, e.problem()));
        } catch (ConferenceServerException e) {
            stop(getTranslation("conference.unavailable"));
        }
    }

    /** No conference to control: say why and stop polling. */
    private void stop(String why) {
        conferenceId = null;
        heading.setText(getTranslation("control.title"));
        back.setVisible(false);
        showMessage(why);
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        panel.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (conferenceId != null) {
            event.getUI().setPollInterval(POLL_MILLIS);
            polling = event.getUI().addPollListener(e -> refresh());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /** Reads the live state again; "not live" is a state too (the page keeps watching for the start). */
    void refresh() {
        if (conferenceId == null) {
            return;
        }
        try {
            client.live(user, conferenceId).ifPresentOrElse(this::show,
                    () -> showMessage(getTranslation("control.not-live")));
        } catch (ConferenceApiException e) {
            showMessage(Problems.describe(this, e.problem()));
        } catch (ConferenceServerException e) {
            showMessage(getTranslation("conference.unavailable"));
        }
    }

    private void show(LiveView view) {
        LivePanel live = LivePanel.of(view);
        message.setVisible(live.ended() || live.readOnly());
        message.setText(live.ended() ? getTranslation("control.ended")
                : live.readOnly() ? getTranslation("control.read-only") : "");
        panel.setVisible(true);
        status.update(live);
        actions.update(title, live);
        hands.update(live);
        banned.update(live);
        venues.update(live);
    }

    /** Sends a command as the signed-in user and shows the answer, or the refusal in a notification. */
    void send(ControlCommand command) {
        if (conferenceId == null) {
            return;
        }
        try {
            show(client.control(user, conferenceId, command));
        } catch (ConferenceApiException e) {
            if (e.problem().status() == 404) {
                showMessage(getTranslation("control.not-live"));
            } else {
                refused(ControlTexts.refusal(this, e.problem()));
            }
        } catch (ConferenceServerException e) {
            refused(getTranslation("conference.unavailable"));
        }
    }

    private void refused(String text) {
        Notification n = Notification.show(text, 5000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("control-refusal");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("control.title") + (title.isEmpty() ? "" : " · " + title) + " | "
                + getTranslation("app.name");
    }
}
