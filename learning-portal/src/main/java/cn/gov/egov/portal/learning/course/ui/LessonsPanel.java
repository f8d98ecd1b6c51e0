package cn.gov.egov.portal.learning.course.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.course.LessonDraft;
import cn.gov.egov.portal.learning.course.LessonEditor;
import cn.gov.egov.portal.learning.course.LessonKind;
import cn.gov.egov.portal.learning.document.DocumentUploads;
import cn.gov.egov.portal.learning.document.ui.DocumentUploadBox;
import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.media.MediaJob;
import cn.gov.egov.portal.media.MediaLibrary;
import cn.gov.egov.portal.media.MediaUploadException;
import cn.gov.egov.portal.media.ui.HlsPlayer;
import cn.gov.egov.portal.media.ui.UploadTexts;
import cn.gov.egov.portal.security.PortalUser;

/**
 * The lessons editor of a draft course: order (up / down), remove, add a video from the media library (or upload
 * one through the media library's upload flow), a document (by uploading its PDF, {@link DocumentUploadBox}) or an
 * exam; shows each video's transcode state and previews a transcoded one with the HLS player.
 */
class LessonsPanel extends VerticalLayout {

    private final LessonEditor editor;
    private final MediaLibrary media;
    private final DocumentUploads documents;
    private final PortalUser user;
    private Course course;
    final Grid<Lesson> grid = new Grid<>();
    final Select<LessonKind> kind = new Select<>();
    final TextField title = new TextField();
    final ComboBox<MediaAsset> video = new ComboBox<>();
    final DocumentUploadBox document;
    final TextField exam = new TextField();
    final IntegerField minutes = new IntegerField();
    final Button add = new Button();
    final Paragraph locked = new Paragraph();
    private final FlexLayout form;
    private final VerticalLayout uploadBox;
    private Map<UUID, MediaAsset> assets = Map.of();
    private final Map<UUID, String> states = new java.util.HashMap<>();
    private boolean transcoding;

    LessonsPanel(LessonEditor editor, MediaLibrary media, DocumentUploads documents, PortalUser user) {
        this.editor = editor;
        this.media = media;
        this.documents = documents;
        this.user = user;
        addClassName("lessons-panel");
        setPadding(false);
        grid.addClassName("lessons-grid");
        grid.addColumn(Lesson::position).setHeader(getTranslation("course.lessons.col.position")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> getTranslation("course.lesson.kind." + l.kind().name()))
                .setHeader(getTranslation("course.lessons.col.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Lesson::title).setHeader(getTranslation("course.lessons.col.title")).setFlexGrow(2);
        grid.addColumn(this::content).setHeader(getTranslation("course.lessons.col.content")).setFlexGrow(1);
        grid.addColumn(l -> l.kind() == LessonKind.VIDEO ? stateText(l.mediaAssetId()) : "")
                .setHeader(getTranslation("course.lessons.col.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("course.lessons.empty"));

        kind.setLabel(getTranslation("course.lessons.kind"));
        kind.setItems(LessonKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("course.lesson.kind." + k.name()));
        kind.setValue(LessonKind.VIDEO);
        kind.addValueChangeListener(e -> showFields());
        title.setLabel(getTranslation("course.lessons.title-field"));
        title.setMaxLength(200);
        video.setLabel(getTranslation("course.lessons.video"));
        video.setItemLabelGenerator(a -> a.title() + " · " + stateText(a.id()));
        video.setWidth("22rem");
        document = new DocumentUploadBox(documents, user, () -> course.id(), title::getValue,
                () -> minutes.getValue() == null ? null : minutes.getValue() * 60, lesson -> {
                    title.clear();
                    refresh();
                });
        exam.setLabel(getTranslation("course.lessons.exam"));
        minutes.setLabel(getTranslation("course.lessons.duration"));
        minutes.setMin(0);
        add.setText(getTranslation("course.lessons.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addLesson());
        add.addClassName("lesson-add");
        Upload upload = new Upload(uploadHandler());
        upload.setI18n(UploadTexts.of(this));
        upload.setAcceptedFileTypes("video/*", ".mp4", ".mov", ".mkv", ".webm", ".ts", ".avi", ".flv");
        upload.setMaxFiles(1);
        form = new FlexLayout(kind, title, video, exam, minutes, add);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.END);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        VerticalLayout uploadBox = new VerticalLayout(new Paragraph(getTranslation("course.lessons.upload")), upload);
        uploadBox.setPadding(false);
        uploadBox.setSpacing(false);
        locked.setText(getTranslation("course.lessons.locked"));
        locked.addClassName("lessons-locked");
        this.uploadBox = uploadBox;
        add(new H3(getTranslation("course.lessons.title")), locked, grid, form, document, uploadBox);
        showFields();
    }

    void show(Course c) {
        this.course = c;
        locked.setVisible(c.published());
        form.setEnabled(!c.published());
        document.setEnabled(!c.published());
        refresh();
    }

    /** How often the page asks again while a video is queued or transcoding. */
    static final int POLL_MILLIS = 3000;

    /** True while a video of the library is still queued or transcoding (the view polls then). */
    boolean transcoding() {
        return transcoding;
    }

    void refresh() {
        List<MediaAsset> library = media.list(user);
        assets = library.stream().collect(Collectors.toMap(MediaAsset::id, Function.identity(), (a, b) -> a));
        states.clear(); // media-worker is asked once per refresh, and only about jobs not known to be over
        transcoding = library.stream().anyMatch(a -> "QUEUED".equals(state(a.id())) || "RUNNING".equals(state(a.id())));
        UUID chosen = video.getValue() == null ? null : video.getValue().id();
        video.setItems(library);
        if (chosen != null) {
            video.setValue(assets.get(chosen));
        }
        grid.setItems(editor.lessons(user, course.id()));
        // poll while a video is queued or transcoding — also when it was just uploaded here, not only on opening
        getUI().ifPresent(ui -> ui.setPollInterval(transcoding ? POLL_MILLIS : -1));
    }

    private void showFields() {
        video.setVisible(kind.getValue() == LessonKind.VIDEO);
        uploadBox.setVisible(kind.getValue() == LessonKind.VIDEO);
        document.setVisible(kind.getValue() == LessonKind.DOCUMENT);
        add.setVisible(kind.getValue() != LessonKind.DOCUMENT); // a document lesson is added by uploading its PDF
        exam.setVisible(kind.getValue() == LessonKind.EXAM);
    }

    private void addLesson() {
        UUID examId;
        try {
            examId = kind.getValue() == LessonKind.EXAM && !exam.isEmpty() ? UUID.fromString(exam.getValue().strip())
                    : null;
        } catch (IllegalArgumentException e) {
            examId = null;
        }
        LessonDraft draft = new LessonDraft(kind.getValue(), title.getValue(),
                video.getValue() == null ? null : video.getValue().id(), null, examId,
                minutes.getValue() == null ? null : minutes.getValue() * 60);
        if (CourseTexts.attempt(this, () -> editor.add(user, course.id(), draft))) {
            title.clear();
            refresh();
        }
    }

    private Component actions(Lesson l) {
        Button up = small(VaadinIcon.ARROW_UP, "course.lessons.up", () -> editor.move(user, l.id(), -1));
        Button down = small(VaadinIcon.ARROW_DOWN, "course.lessons.down", () -> editor.move(user, l.id(), 1));
        Button remove = small(VaadinIcon.TRASH, "course.lessons.remove", () -> editor.remove(user, l.id()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.addClassName("lesson-up");
        down.addClassName("lesson-down");
        remove.addClassName("lesson-remove");
        boolean draft = course != null && !course.published();
        up.setEnabled(draft);
        down.setEnabled(draft);
        remove.setEnabled(draft);
        HorizontalLayout row = new HorizontalLayout(up, down, remove);
        row.setSpacing(false);
        if (l.kind() == LessonKind.VIDEO && "SUCCEEDED".equals(state(l.mediaAssetId()))) {
            Button preview = new Button(getTranslation("course.lessons.preview"), VaadinIcon.PLAY.create(),
                    e -> preview(l));
            preview.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            preview.addClassName("lesson-preview");
            row.add(preview);
        }
        return row;
    }

    private Button small(VaadinIcon icon, String tooltip, Runnable action) {
        Button b = new Button(icon.create(), e -> {
            if (CourseTexts.attempt(this, action)) {
                refresh();
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setTooltipText(getTranslation(tooltip));
        b.setAriaLabel(getTranslation(tooltip));
        return b;
    }

    private void preview(Lesson l) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(l.title());
        dialog.add(HlsPlayer.forAsset(l.mediaAssetId()));
        dialog.setWidth("min(960px, 95vw)");
        dialog.getFooter().add(new Button(getTranslation("vod.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private String content(Lesson l) {
        return switch (l.kind()) {
            case VIDEO -> Optional.ofNullable(assets.get(l.mediaAssetId())).map(MediaAsset::title)
                    .orElse(String.valueOf(l.mediaAssetId()));
            case DOCUMENT -> documents.document(l.id())
                    .map(d -> getTranslation("course.lessons.document-file", d.originalName(), d.pageCount()))
                    .orElse(getTranslation("course.lessons.document-none"));
            case EXAM -> String.valueOf(l.examId());
        };
    }

    private String state(UUID assetId) {
        if (assetId == null) {
            return null;
        }
        return states.computeIfAbsent(assetId, id -> {
            MediaAsset a = assets.get(id);
            if (a == null) {
                return media.find(id).map(MediaAsset::jobState).orElse(null);
            }
            if ("FAILED".equals(a.jobState()) || "SUCCEEDED".equals(a.jobState())
                    || "CANCELLED".equals(a.jobState())) {
                return a.jobState();
            }
            return media.job(a).map(MediaJob::state).orElse(a.jobState());
        });
    }

    private String stateText(UUID assetId) {
        String s = state(assetId);
        return getTranslation("course.job." + (s == null ? "none" : s));
    }

    private UploadHandler uploadHandler() {
        return event -> {
            var ui = event.getUI();
            try (var in = event.getInputStream()) {
                MediaAsset asset = media.upload(user, event.getFileName(), event.getFileSize(),
                        event.getContentType(), in);
                ui.access(() -> {
                    CourseTexts.notice(getTranslation("course.lessons.uploaded", asset.title()),
                            NotificationVariant.LUMO_SUCCESS);
                    refresh();
                    video.setValue(assets.get(asset.id()));
                    if (title.isEmpty()) {
                        title.setValue(asset.title());
                    }
                });
            } catch (MediaUploadException e) {
                event.reject(e.getMessage());
                ui.access(() -> CourseTexts.notice(getTranslation("media.upload." + e.code()),
                        NotificationVariant.LUMO_ERROR));
            }
        };
    }
}
