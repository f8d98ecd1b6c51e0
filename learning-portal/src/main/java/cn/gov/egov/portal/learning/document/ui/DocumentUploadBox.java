package cn.gov.egov.portal.learning.document.ui;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import cn.gov.egov.portal.learning.course.CourseException;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.document.DocumentException;
import cn.gov.egov.portal.learning.document.DocumentUploads;
import cn.gov.egov.portal.media.ui.UploadTexts;
import cn.gov.egov.portal.security.PortalUser;

/**
 * The lessons editor's PDF upload: adds a DOCUMENT lesson (title and minutes from the editor's fields) from one
 * uploaded PDF. A refused file leaves the course as it was and says why in the user's language.
 */
public class DocumentUploadBox extends VerticalLayout {

    final Upload upload;
    private final DocumentUploads uploads;
    private final PortalUser user;
    private final Supplier<UUID> course;
    private final Supplier<String> title;
    private final Supplier<Integer> durationSeconds;
    private final Consumer<Lesson> added;

    public DocumentUploadBox(DocumentUploads uploads, PortalUser user, Supplier<UUID> course, Supplier<String> title,
                             Supplier<Integer> durationSeconds, Consumer<Lesson> added) {
        this.uploads = uploads;
        this.user = user;
        this.course = course;
        this.title = title;
        this.durationSeconds = durationSeconds;
        this.added = added;
        addClassName("document-upload");
        setPadding(false);
        setSpacing(false);
        upload = new Upload((UploadHandler) this::receive);
        upload.setI18n(UploadTexts.of(this));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        add(new Paragraph(getTranslation("document.upload.hint", uploads.maxUploadText())), upload);
    }

    /** Streams one upload into a new lesson; runs on the upload request, so the UI is touched through access. */
    void receive(UploadEvent event) {
        var ui = event.getUI();
        try (var in = event.getInputStream()) {
            Lesson lesson = uploads.upload(user, course.get(), title.get(), durationSeconds.get(),
                    event.getFileName(), event.getFileSize(), in);
            ui.access(() -> {
                notice(getTranslation("document.upload.added", lesson.title()), NotificationVariant.LUMO_SUCCESS);
                added.accept(lesson);
            });
        } catch (DocumentException e) {
            event.reject(e.getMessage());
            ui.access(() -> notice(getTranslation("document.error." + e.code(),
                    uploads.maxUploadText()), NotificationVariant.LUMO_ERROR));
        } catch (CourseException e) {
            event.reject(e.getMessage());
            ui.access(() -> notice(getTranslation("course.error." + e.code()), NotificationVariant.LUMO_ERROR));
        } catch (AccessDeniedException e) {
            event.reject(e.getMessage());
            ui.access(() -> notice(getTranslation("course.error.denied"), NotificationVariant.LUMO_ERROR));
        } catch (java.io.IOException e) {
            event.reject(e.getMessage());
            ui.access(() -> notice(getTranslation("document.error.io"), NotificationVariant.LUMO_ERROR));
        }
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.addClassName("course-notice");
    }
}
