package cn.gov.egov.portal.conference.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.egov.portal.conference.ControlCommand;
import cn.gov.egov.portal.conference.LivePanel;
import cn.gov.egov.portal.conference.LivePanel.Row;
import cn.gov.egov.region.RegionTree;

/** The venues (会场) of the control panel as cards, main venue first; cards are kept and updated by venue. */
final class VenueList extends Div {

    private final RegionTree regions;
    private final Consumer<ControlCommand> send;
    private final H3 heading = new H3();
    private final Paragraph empty = new Paragraph();
    private final Div cards = new Div();
    private final Map<String, VenueCard> byId = new LinkedHashMap<>();

    VenueList(RegionTree regions, Consumer<ControlCommand> send) {
        this.regions = regions;
        this.send = send;
        addClassName("venue-list");
        cards.addClassName("venue-cards");
        empty.setText(getTranslation("control.venues.none"));
        empty.addClassName("control-hint");
        add(heading, empty, cards);
    }

    void update(LivePanel panel) {
        List<Row> rows = panel.venues();
        heading.setText(getTranslation("control.venues", rows.size()));
        empty.setVisible(rows.isEmpty());
        Map<String, VenueCard> next = new LinkedHashMap<>();
        for (Row row : rows) {
            String region = ControlTexts.regionName(regions, row.regionCode());
            VenueCard card = byId.get(row.id());
            if (card == null) {
                card = new VenueCard(row, region, send);
            } else {
                card.update(row, region, panel.ended());
            }
            next.put(row.id(), card);
        }
        boolean sameOrder = List.copyOf(byId.keySet()).equals(List.copyOf(next.keySet()));
        byId.clear();
        byId.putAll(next);
        if (!sameOrder) {
            cards.removeAll();
            next.values().forEach(cards::add);
        }
    }
}
