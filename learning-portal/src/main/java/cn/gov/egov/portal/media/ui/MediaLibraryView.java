package cn.gov.egov.portal.media.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.media.MediaJob;
import cn.gov.egov.portal.media.MediaLibrary;
import cn.gov.egov.portal.media.MediaUploadException;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 媒体库 — course administrators upload videos; each becomes an HLS ladder on the media workers, with progress
 * shown while it runs (the page polls every two seconds while a job is active) and a player once it is ready.
 */
@Route(value = "admin/media", layout = MainLayout.class)
@RolesAllowed({"COURSE_ADMIN", "SYSTEM_ADMIN"})
public class MediaLibraryView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MediaLibrary library;
    private final PortalUser user;
    private final Grid<MediaAsset> grid = new Grid<>();
    private final Map<UUID, Optional<MediaJob>> jobs = new HashMap<>();
    private Registration polling;

    public MediaLibraryView(MediaLibrary library, CurrentUser currentUser) {
        this.library = library;
        this.user = currentUser.get();
        addClassName("media-library");
        setSizeFull();
        Upload upload = new Upload(uploadHandler());
        upload.setId("media-upload");
        upload.setI18n(UploadTexts.of(this));
        upload.setAcceptedFileTypes("video/*", "audio/*", ".mp4", ".mov", ".mkv", ".webm", ".ts", ".avi", ".flv",
                ".mp3", ".m4a", ".wav");
        grid.addColumn(MediaAsset::title).setHeader(getTranslation("media.col.title")).setFlexGrow(2);
        grid.addColumn(a -> Sizes.human(a.sizeBytes())).setHeader(getTranslation("media.col.size")).setAutoWidth(true);
        grid.addColumn(MediaAsset::uploadedBy).setHeader(getTranslation("media.col.by")).setAutoWidth(true);
        grid.addColumn(a -> TIME.format(a.createdAt())).setHeader(getTranslation("media.col.time")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("media.col.state")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("media.empty"));
        add(new H2(getTranslation("media.title")), new Paragraph(getTranslation("media.help")), upload, grid);
    }

    private UploadHandler uploadHandler() {
        return event -> {
            var ui = event.getUI();
            try (var in = event.getInputStream()) {
                MediaAsset asset = library.upload(user, event.getFileName(), event.getFileSize(),
                        event.getContentType(), in);
                ui.access(() -> {
                    notice(getTranslation("media.uploaded", asset.title()), NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
            } catch (MediaUploadException e) {
                event.reject(e.getMessage());
                ui.access(() -> notice(getTranslation("media.upload." + e.code()), NotificationVariant.LUMO_ERROR));
            } catch (RuntimeException e) {
                event.reject("upload failed");
                ui.access(() -> notice(getTranslation("media.upload.server-error"), NotificationVariant.LUMO_ERROR));
                throw e;
            }
        };
    }

    private void refresh() {
        List<MediaAsset> assets = library.list(user);
        jobs.clear();
        assets.forEach(a -> jobs.put(a.id(), library.job(a)));
        grid.setItems(assets);
        boolean active = jobs.values().stream().anyMatch(j -> j.map(MediaJob::isActive).orElse(false));
        getUI().ifPresent(ui -> ui.setPollInterval(active ? 2000 : -1));
    }

    private Component status(MediaAsset asset) {
        Optional<MediaJob> job = jobs.getOrDefault(asset.id(), Optional.empty());
        Span text = new Span(JobTexts.describe(this, asset, job.orElse(null)));
        text.addClassName("media-state");
        if (job.isPresent() && job.get().isActive()) {
            ProgressBar bar = new ProgressBar(0, 100, job.get().progressPercent());
            bar.setWidth("12rem");
            VerticalLayout box = new VerticalLayout(text, bar);
            box.setPadding(false);
            box.setSpacing(false);
            return box;
        }
        return text;
    }

    private Component actions(MediaAsset asset) {
        HorizontalLayout buttons = new HorizontalLayout();
        Optional<MediaJob> job = jobs.getOrDefault(asset.id(), Optional.empty());
        if (job.map(j -> "SUCCEEDED".equals(j.state())).orElse("SUCCEEDED".equals(asset.jobState()))) {
            Button play = new Button(getTranslation("media.play"), e -> getUI().ifPresent(ui ->
                    ui.navigate(MediaPlayerView.class, asset.id().toString())));
            play.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            play.addClassName("media-play");
            play.setAriaLabel(getTranslation("media.play") + " " + asset.title()); // which of many 播放 it is
            buttons.add(play);
        } else if (job.map(MediaJob::isActive).orElse(false)) {
            Button cancel = new Button(getTranslation("media.cancel"), e -> {
                library.cancel(user, asset);
                refresh();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(cancel);
        } else {
            Button again = new Button(getTranslation("media.resubmit"), e -> {
                library.submit(user, asset);
                refresh();
            });
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(again);
        }
        return buttons;
    }

    private void notice(String text, NotificationVariant variant) {
        Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("media.title");
    }
}
