package cn.gov.egov.portal.conference.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.portal.conference.ControlCommand;
import cn.gov.egov.portal.conference.LivePanel;
import cn.gov.egov.portal.conference.LivePanel.Row;

/** 举手: the venues asking to speak, in the order they raised their hands, each with 同意 and 拒绝. */
final class HandsQueue extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Consumer<ControlCommand> send;
    private final H3 heading = new H3();
    private final Div items = new Div();
    private final Paragraph empty = new Paragraph();
    private List<Row> shown;
    private boolean ended;

    HandsQueue(Consumer<ControlCommand> send) {
        this.send = send;
        addClassNames("hands-queue", "side-card");
        empty.setText(getTranslation("control.hands.none"));
        empty.addClassName("control-hint");
        add(heading, empty, items);
    }

    /** Rebuilt only when the queue changed, so a button is never replaced under the pointer. */
    void update(LivePanel panel) {
        if (panel.hands().equals(shown) && panel.ended() == ended) {
            return;
        }
        shown = panel.hands();
        ended = panel.ended();
        heading.setText(getTranslation("control.hands", shown.size()));
        empty.setVisible(shown.isEmpty());
        items.removeAll();
        for (Row hand : shown) {
            Span name = new Span(hand.name());
            name.addClassName("hand-name");
            Span since = new Span(getTranslation("control.hands.since", TIME.format(hand.handRaisedAt())));
            since.addClassName("control-hint");
            var grant = ControlTexts.button(getTranslation("control.hands.grant"), "hand-grant",
                    () -> send.accept(ControlCommand.grantHand(hand.id())));
            grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            var refuse = ControlTexts.button(getTranslation("control.hands.refuse"), "hand-refuse",
                    () -> send.accept(ControlCommand.refuseHand(hand.id())));
            grant.setEnabled(!ended);
            refuse.setEnabled(!ended);
            Div item = new Div(name, since, grant, refuse);
            item.addClassName("hand-item");
            item.getElement().setAttribute("data-venue", hand.id());
            items.add(item);
        }
    }
}
