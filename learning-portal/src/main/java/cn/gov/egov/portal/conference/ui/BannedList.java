package cn.gov.egov.portal.conference.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.portal.conference.ControlCommand;
import cn.gov.egov.portal.conference.LiveModels.Ban;
import cn.gov.egov.portal.conference.LivePanel;
import cn.gov.egov.region.RegionTree;

/** 已移出的会场: venues removed from this occurrence, each with 允许重新入会. Hidden while there are none. */
final class BannedList extends Div {

    private final RegionTree regions;
    private final Consumer<ControlCommand> send;
    private final Div items = new Div();
    private List<Ban> shown;

    BannedList(RegionTree regions, Consumer<ControlCommand> send) {
        this.regions = regions;
        this.send = send;
        addClassNames("banned-list", "side-card");
        add(new H3(getTranslation("control.banned")), items);
        setVisible(false);
    }

    void update(LivePanel panel) {
        List<Ban> banned = panel.control() == null ? List.of() : panel.control().banned();
        if (banned.equals(shown)) {
            return;
        }
        shown = banned;
        setVisible(!banned.isEmpty());
        items.removeAll();
        for (Ban ban : banned) {
            Span name = new Span(ban.displayName() + " · " + ControlTexts.regionName(regions, ban.regionCode()));
            name.addClassName("banned-name");
            var readmit = ControlTexts.button(getTranslation("control.readmit"), "venue-readmit",
                    () -> send.accept(ControlCommand.readmit(ban.identity())));
            Div item = new Div(name, readmit);
            item.addClassName("banned-item");
            items.add(item);
        }
    }
}
