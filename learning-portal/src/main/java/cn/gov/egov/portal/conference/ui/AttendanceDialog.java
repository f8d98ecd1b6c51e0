package cn.gov.egov.portal.conference.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.egov.portal.conference.LiveModels.Attendance;
import cn.gov.egov.portal.conference.LiveModels.Attendee;

/**
 * 签到情况 of one occurrence: how many were on time, late or absent, a line per attendee (rooms first), and
 * 导出签到表 (the workbook, streamed from conference-server through the portal).
 */
final class AttendanceDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    AttendanceDialog(Attendance a) {
        ZoneId zone = a.timeZone() == null ? Problems.SHANGHAI : ZoneId.of(a.timeZone());
        setHeaderTitle(getTranslation("attendance.title", a.seq(), Problems.time(a.start())));
        addClassName("attendance-dialog");
        setWidth("min(1100px, 96vw)");

        var c = a.counts();
        Paragraph counts = new Paragraph(getTranslation("attendance.counts", c.invited(), c.onTime(), c.late(),
                c.absent(), c.uninvited()));
        counts.addClassName("attendance-counts");
        add(counts);
        if (!a.complete() && a.attendees().stream().anyMatch(t -> "ABSENT".equals(t.status()))) {
            Paragraph incomplete = new Paragraph(getTranslation("attendance.incomplete"));
            incomplete.addClassName("control-hint");
            add(incomplete);
        }

        Grid<Attendee> grid = new Grid<>();
        grid.addColumn(t -> t.displayName() + (t.invited() ? "" : getTranslation("attendance.uninvited")))
                .setHeader(getTranslation("attendance.col.who")).setAutoWidth(true).setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(t -> getTranslation("attendance.kind." + t.kind()))
                .setHeader(getTranslation("attendance.col.kind")).setAutoWidth(true);
        grid.addColumn(t -> t.regionName() == null ? "" : t.regionName())
                .setHeader(getTranslation("attendance.col.region")).setAutoWidth(true);
        grid.addColumn(t -> time(t.firstJoin(), zone)).setHeader(getTranslation("attendance.col.first-join"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.online() ? getTranslation("attendance.online") : time(t.lastLeave(), zone))
                .setHeader(getTranslation("attendance.col.last-leave")).setAutoWidth(true);
        grid.addColumn(t -> duration(t.connectedMinutes())).setHeader(getTranslation("attendance.col.duration"))
                .setAutoWidth(true);
        grid.addColumn(Attendee::sessions).setHeader(getTranslation("attendance.col.sessions")).setAutoWidth(true);
        grid.addColumn(t -> status(t, a.complete())).setHeader(getTranslation("attendance.col.status"))
                .setAutoWidth(true);
        grid.setItems(a.attendees());
        grid.setAllRowsVisible(a.attendees().size() <= 12);
        if (a.attendees().size() > 12) {
            grid.setHeight("28rem");
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("attendance-grid");
        grid.setEmptyStateText(getTranslation("attendance.empty"));
        add(grid);

        Anchor export = exportLink(a.conferenceId().toString(), a.occurrenceId().toString(), getTranslation(
                "attendance.export"));
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(export, close);
    }

    /** The portal's download of the workbook (签到表); a plain link, so the browser saves the file. */
    static Anchor exportLink(String conferenceId, String occurrenceId, String text) {
        Anchor export = new Anchor("/conference/attendance/" + conferenceId + "/" + occurrenceId + ".xlsx", text);
        export.setRouterIgnore(true);
        export.addClassName("attendance-export");
        export.getStyle().set("margin-right", "auto");
        return export;
    }

    private String status(Attendee t, boolean complete) {
        if ("ABSENT".equals(t.status()) && !complete) {
            return getTranslation("attendance.status.not-yet");
        }
        return getTranslation("attendance.status." + t.status());
    }

    private String duration(long minutes) {
        return minutes < 60 ? getTranslation("attendance.minutes", minutes)
                : getTranslation("attendance.hours", minutes / 60, minutes % 60);
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "—" : TIME.format(at.atZone(zone));
    }
}
