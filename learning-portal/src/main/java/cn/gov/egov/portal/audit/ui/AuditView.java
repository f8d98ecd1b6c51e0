package cn.gov.egov.portal.audit.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import cn.gov.egov.portal.audit.AuditWorkbook;
import cn.gov.egov.portal.audit.PortalAuditQuery;
import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceModels.AuditEntry;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.conference.ui.RegionPicker;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * 审计日志 — who did what in the region's administration, filterable and exportable to Excel: the conference
 * administration's log (conference-server) or the learning platform's own (courses, VOD, exams, people).
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int MAX_ROWS = 200;

    private static final String CONFERENCE = "conference";
    private static final String PORTAL = "portal";
    private static final List<String> CONFERENCE_ACTIONS = List.of("", "ROOM_", "CONFERENCE_", "DENIED");
    private static final List<String> PORTAL_ACTIONS = List.of("", "COURSE_", "LESSON_", "ASSIGNMENT_", "VOD_",
            "EXAM_", "USER_", "ROSTER_", "DEPARTMENT_", PortalAuditQuery.DENIED);

    private final ConferenceServerClient client;
    private final PortalAuditQuery portalLog;
    private final PortalUser user;
    private final Select<String> source = new Select<>();
    private final ComboBox<Region> region;
    private final TextField actor = new TextField();
    private final Select<String> action = new Select<>();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span message = new Span();
    private List<AuditEntry> shown = List.of();

    public AuditView(ConferenceServerClient client, PortalAuditQuery portalLog, CurrentUser currentUser,
                     RegionTree regions) {
        this.client = client;
        this.portalLog = portalLog;
        this.user = currentUser.get();
        addClassName("audit-view");
        setSizeFull();
        region = RegionPicker.create(getTranslation("audit.region"), regions, user.regionCode());
        region.setWidth("20rem");
        actor.setLabel(getTranslation("audit.col.actor"));
        source.setLabel(getTranslation("audit.source"));
        source.setItems(CONFERENCE, PORTAL);
        source.setItemLabelGenerator(s -> getTranslation("audit.source." + s));
        source.setValue(CONFERENCE);
        source.addValueChangeListener(e -> {
            showActions();
            refresh();
        });
        action.setLabel(getTranslation("audit.col.action"));
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + (a.isEmpty() ? "ALL" : a)));
        showActions();
        Button search = new Button(getTranslation("audit.search"), VaadinIcon.SEARCH.create(), e -> refresh());
        Locale locale = getLocale(); // the download runs outside the UI's request: keep the UI's language
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                AuditWorkbook.write(shown, key -> getTranslation(locale, key), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "audit-log.xlsx",
                    AuditWorkbook.CONTENT_TYPE, out.size());
        }), getTranslation("audit.export"));
        export.addClassName("audit-export");
        HorizontalLayout bar = new HorizontalLayout(source, region, actor, action, search, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("role." + e.actorRole().toLowerCase().replace('_', '-')))
                .setHeader(getTranslation("audit.col.role")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.outcome." + e.outcome())).setHeader(getTranslation(
                "audit.col.outcome")).setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.col.summary")).setFlexGrow(1);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.col.address")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(new H2(getTranslation("audit.title")), bar, message, grid);
        refresh();
    }

    private void showActions() {
        action.setItems(PORTAL.equals(source.getValue()) ? PORTAL_ACTIONS : CONFERENCE_ACTIONS);
        action.setValue("");
    }

    private void refresh() {
        if (region.getValue() == null) {
            return;
        }
        String who = actor.getValue().isBlank() ? null : actor.getValue();
        String what = action.getValue() == null || action.getValue().isEmpty() ? null : action.getValue();
        try {
            shown = PORTAL.equals(source.getValue())
                    ? portalLog.find(user, region.getValue().code(), who, what, 0, MAX_ROWS)
                    : client.audit(user, region.getValue().code(), who, what, 0, MAX_ROWS);
            grid.setItems(shown);
            message.setText("");
        } catch (AccessDeniedException e) {
            message.setText(getTranslation("audit.refused"));
        } catch (ConferenceApiException e) {
            message.setText(e.problem().detail());
        } catch (ConferenceServerException e) {
            message.setText(getTranslation("conference.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
