package cn.gov.egov.portal.conference.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.portal.conference.ControlCommand;
import cn.gov.egov.portal.conference.LiveModels.ControlState;
import cn.gov.egov.portal.conference.LivePanel;

/**
 * The state of the whole conference in one line: the main venue, who is shown now (everyone's picture and the main
 * venue's), roll call, polling, mute-all, lock; with 结束点名 and 取消广播 while there is something to end.
 */
final class ControlStatus extends Div {

    private final Div badges = new Div();
    private final Button endRollCall;
    private final Button cancelBroadcast;
    private List<String> shown = List.of();

    ControlStatus(Consumer<ControlCommand> send) {
        addClassNames("control-status", "control-row");
        badges.addClassName("control-badges");
        endRollCall = ControlTexts.button(getTranslation("control.action.end-roll-call"), "end-roll-call",
                () -> send.accept(ControlCommand.endRollCall()));
        cancelBroadcast = ControlTexts.button(getTranslation("control.action.cancel-broadcast"), "cancel-broadcast",
                () -> send.accept(ControlCommand.cancelBroadcast()));
        add(badges, endRollCall, cancelBroadcast);
    }

    void update(LivePanel panel) {
        ControlState c = panel.control();
        List<String[]> lines = c == null ? List.of() : lines(panel, c);
        List<String> key = lines.stream().map(l -> l[0] + "|" + l[1]).toList();
        if (!key.equals(shown)) {
            shown = key;
            badges.removeAll();
            lines.forEach(l -> badges.add(ControlTexts.badge(l[1], l[0])));
        }
        boolean live = c != null && !c.ended();
        endRollCall.setVisible(live && c.rollCall() != null);
        cancelBroadcast.setVisible(live && c.broadcast() != null);
    }

    /** Each line as {CSS class, text}. */
    private List<String[]> lines(LivePanel panel, ControlState c) {
        List<String[]> out = new ArrayList<>();
        if (c.ended()) {
            out.add(new String[] {"muted", getTranslation("control.ended")});
            return out;
        }
        out.add(new String[] {"main", panel.nameOf(c.mainVenue()).map(n -> getTranslation("control.status.main", n))
                .orElse(getTranslation("control.status.main.none"))});
        var layout = c.layout();
        String everyone = panel.nameOf(layout.featured()).orElse(getTranslation("control.status.speaker"));
        out.add(new String[] {"shown", getTranslation("control.status.shown", everyone)});
        if (layout.featuredAtMainVenue() != null && !layout.featuredAtMainVenue().equals(layout.featured())) {
            out.add(new String[] {"shown", getTranslation("control.status.shown-main",
                    panel.nameOf(layout.featuredAtMainVenue()).orElse("—"))});
        }
        if (c.rollCall() != null) {
            out.add(new String[] {"state", getTranslation("control.status.roll-call",
                    panel.nameOf(c.rollCall().venue()).orElse("—"))});
        }
        if (c.polling() != null) {
            out.add(new String[] {"state", getTranslation("control.status.polling", c.polling().intervalSeconds(),
                    getTranslation("control.poll.target." + c.polling().target()))});
        }
        if (c.muteAll() != null) {
            out.add(new String[] {"muted", getTranslation(c.muteAll().exceptMain() ? "control.status.muted-all.main"
                    : "control.status.muted-all")});
        }
        if (c.locked()) {
            out.add(new String[] {"thin", getTranslation("control.status.locked")});
        }
        return out;
    }
}
