package cn.gov.egov.portal.home.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ConferenceModels.Notice;
import cn.gov.egov.portal.home.HomeSummary;
import cn.gov.egov.portal.home.HomeSummaryService;
import cn.gov.egov.portal.learning.ledger.ui.LearningCards;
import cn.gov.egov.portal.learning.reminders.ui.DeadlinesCards;
import cn.gov.egov.portal.security.PortalPrincipal;

/** 首页 — greets the signed-in user with their role and region, and what concerns them. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public HomeView(AuthenticationContext authentication, HomeSummaryService summaries, LearningCards learning,
                    DeadlinesCards deadlines) {
        addClassName("home-view");
        PortalPrincipal principal = authentication.getAuthenticatedUser(PortalPrincipal.class).orElseThrow();
        HomeSummary summary = summaries.summarise(principal.user());

        H2 welcome = new H2(getTranslation("home.welcome", summary.displayName()));
        welcome.addClassName("welcome");
        Paragraph identity = new Paragraph(getTranslation("home.identity",
                getTranslation(summary.role().messageKey()), summary.regionPath()));
        identity.addClassName("identity");
        add(welcome, identity);

        // 我的学习: this year's learning hours and courses in progress (learning.ledger.ui)
        add(learning.card(principal.user()));
        // 必修课程截止提醒: open required courses with deadlines (learning.reminders.ui)
        deadlines.card(principal.user()).ifPresent(this::add);

        Div mine = card(getTranslation("home.conferences.title"), summary.conferences() == null
                ? getTranslation("home.notices.unavailable")
                : summary.conferences().isEmpty() ? getTranslation("home.conferences.none") : "");
        mine.addClassName("conferences-card");
        if (summary.conferences() != null) {
            for (HomeSummary.MyConference c : summary.conferences()) {
                Div line = new Div(new Span(TIME.format(c.start()) + "–" + END.format(c.end()) + "  " + c.title()));
                line.addClassName("my-conference");
                if (c.open()) {
                    // the portal issues a join ticket and sends the browser to conference-server's desktop client
                    Anchor join = new Anchor("/conference/join/" + c.conferenceId(), getTranslation("detail.join"));
                    join.setRouterIgnore(true);
                    join.setTarget("_blank");
                    join.addClassName("join-conference");
                    join.getStyle().set("margin-left", "var(--lumo-space-m)");
                    line.add(join);
                }
                mine.add(line);
            }
        }
        add(mine);

        Div notices = card(getTranslation("home.notices.title"), summary.notices() == null
                ? getTranslation("home.notices.unavailable")
                : summary.notices().isEmpty() ? getTranslation("home.notices.none") : "");
        notices.addClassName("notices-card");
        if (summary.notices() != null) {
            for (Notice n : summary.notices()) {
                Paragraph line = new Paragraph(TIME.format(n.createdAt()) + "  " + n.subject());
                line.addClassName("notice");
                if (n.readAt() == null) {
                    line.getStyle().set("font-weight", "600");
                }
                notices.add(line);
            }
        }
        add(notices);

        if (summary.roomsInRegion() != null) {
            String text = summary.roomsInRegion() >= 0
                    ? getTranslation("home.rooms.count", summary.roomsInRegion())
                    : getTranslation("home.rooms.unavailable");
            Div rooms = card(getTranslation("home.rooms.title"), text);
            rooms.addClassName("rooms-card");
            add(rooms);
        }
    }

    private static Div card(String title, String text) {
        Div card = new Div(new H3(title));
        if (!text.isEmpty()) {
            card.add(new Paragraph(text));
        }
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "min(40rem, 100%)")
                .set("box-sizing", "border-box");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
