package cn.gov.egov.portal.conference.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

import cn.gov.egov.portal.conference.ControlCommand;
import cn.gov.egov.portal.conference.LiveModels.ControlState;
import cn.gov.egov.portal.conference.LivePanel;

/**
 * 全场控制: actions on the whole conference — mute all (optionally but the main venue) and unmute all, polling
 * (轮巡) with its interval and target, lock and unlock, and ending the conference after a confirmation.
 */
final class ConferenceActions extends Div {

    static final int DEFAULT_POLL_SECONDS = 20;

    private final Consumer<ControlCommand> send;
    private final Checkbox exceptMain = new Checkbox();
    private final IntegerField interval = new IntegerField();
    private final Select<String> target = new Select<>();
    private final Button muteAll;
    private final Button unmuteAll;
    private final Button startPoll;
    private final Button stopPoll;
    private final Button lock;
    private final Button end;
    private String title = "";
    private boolean locked;

    ConferenceActions(Consumer<ControlCommand> send) {
        this.send = send;
        addClassName("conference-actions");
        muteAll = ControlTexts.button(getTranslation("control.mute-all"), "mute-all",
                () -> send.accept(ControlCommand.muteAll(exceptMain.getValue())));
        muteAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exceptMain.setLabel(getTranslation("control.mute-all.except-main"));
        exceptMain.addClassName("mute-all-except-main");
        unmuteAll = ControlTexts.button(getTranslation("control.unmute-all"), "unmute-all",
                () -> send.accept(ControlCommand.unmuteAll()));
        lock = ControlTexts.button(getTranslation("control.lock"), "lock",
                () -> send.accept(locked ? ControlCommand.unlock() : ControlCommand.lock()));
        end = ControlTexts.button(getTranslation("control.end"), "end-conference", this::confirmEnd);
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);

        interval.setAriaLabel(getTranslation("control.poll.interval"));
        interval.setPrefixComponent(new Span(getTranslation("control.poll.every")));
        interval.setSuffixComponent(new Span(getTranslation("control.poll.seconds")));
        interval.setMin(ControlCommand.MIN_POLL_SECONDS);
        interval.setMax(ControlCommand.MAX_POLL_SECONDS);
        interval.setValue(DEFAULT_POLL_SECONDS);
        interval.setErrorMessage(getTranslation("control.poll.interval.bad", ControlCommand.MIN_POLL_SECONDS,
                ControlCommand.MAX_POLL_SECONDS));
        interval.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        interval.addClassName("poll-interval");
        target.setItems(Arrays.asList(ControlCommand.POLLING_TARGETS));
        target.setItemLabelGenerator(t -> getTranslation("control.poll.target." + t));
        target.setValue(ControlCommand.POLLING_TARGETS[0]);
        target.setAriaLabel(getTranslation("control.poll.target"));
        target.addThemeVariants(SelectVariant.LUMO_SMALL);
        target.addClassName("poll-target");
        startPoll = ControlTexts.button(getTranslation("control.poll.start"), "poll-start", this::startPolling);
        stopPoll = ControlTexts.button(getTranslation("control.poll.stop"), "poll-stop",
                () -> send.accept(ControlCommand.stopPoll()));

        Div audio = new Div(muteAll, exceptMain, unmuteAll, lock, end);
        audio.addClassName("control-row");
        Div polling = new Div(interval, target, startPoll, stopPoll);
        polling.addClassName("control-row");
        add(audio, polling);
    }

    private void startPolling() {
        Integer seconds = interval.getValue();
        if (seconds == null || seconds < ControlCommand.MIN_POLL_SECONDS || seconds > ControlCommand.MAX_POLL_SECONDS) {
            interval.setInvalid(true);
            return;
        }
        interval.setInvalid(false);
        send.accept(ControlCommand.poll(seconds, target.getValue()));
    }

    private void confirmEnd() {
        ControlTexts.confirm(this, getTranslation("control.end"), getTranslation("control.end.confirm", title),
                getTranslation("control.end"), "confirm-end", () -> send.accept(ControlCommand.end()));
    }

    void update(String conferenceTitle, LivePanel panel) {
        this.title = conferenceTitle;
        ControlState c = panel.control();
        locked = c != null && c.locked();
        lock.setText(getTranslation(locked ? "control.unlock" : "control.lock"));
        boolean live = c != null && !c.ended() && panel.whole();
        List.<HasEnabled>of(muteAll, exceptMain, unmuteAll, lock, end, interval, target, startPoll)
                .forEach(x -> x.setEnabled(live));
        stopPoll.setEnabled(live && c.polling() != null);
    }
}
