package cn.gov.egov.portal.learning.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseException;
import cn.gov.egov.portal.learning.course.CourseGuard;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.course.LessonDraft;
import cn.gov.egov.portal.learning.course.LessonKind;
import cn.gov.egov.portal.learning.course.LessonRepository;
import cn.gov.egov.portal.media.LimitedInputStream;
import cn.gov.egov.portal.media.MediaUploadException;
import cn.gov.egov.portal.media.UploadRules;
import cn.gov.egov.portal.security.PortalUser;

/**
 * A course administrator adds a DOCUMENT lesson by uploading its PDF. The upload is streamed to the object store
 * (never held in memory; a copy goes to a temporary file for PDFBox), its first bytes must be {@code %PDF-} before
 * anything is stored, and PDFBox must open it ({@link PdfFiles}). Only then are the lesson and its document written,
 * with the audit entry, in one transaction. On any refusal the course is unchanged and the stored object deleted.
 */
@Service
public class DocumentUploads {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploads.class);

    private final CourseGuard guard;
    private final LessonRepository lessons;
    private final LessonDocumentRepository documents;
    private final ObjectStore store;
    private final DocumentProperties properties;
    private final Clock clock;

    public DocumentUploads(CourseGuard guard, LessonRepository lessons, LessonDocumentRepository documents,
                           ObjectStore store, DocumentProperties properties, Clock clock) {
        this.guard = guard;
        this.lessons = lessons;
        this.documents = documents;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** The PDF of a lesson, if one was uploaded (for the lessons editor's list). */
    public java.util.Optional<LessonDocument> document(UUID lessonId) {
        return documents.find(lessonId);
    }

    public long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    /** The size limit as people read it: {@code 50 MB}, or {@code 64 KB} below a megabyte. */
    public String maxUploadText() {
        long bytes = maxUploadBytes();
        return bytes >= 1 << 20 ? bytes / (1 << 20) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    /**
     * Adds a DOCUMENT lesson at the end of a draft course from an uploaded PDF.
     *
     * @param title           the lesson's title; the file name without extension when blank
     * @param size            the declared size, -1 when unknown (the stream is counted either way)
     * @throws DocumentException with a Chinese message when the file is refused (nothing is kept)
     * @throws CourseException   when the course is published or the title is bad
     */
    public Lesson upload(PortalUser user, UUID courseId, String title, Integer durationSeconds, String filename,
                         long size, InputStream content) {
        Course course = guard.managed(user, courseId, "LESSON_ADD");
        if (course.published()) {
            throw new CourseException("course-published", "课程已发布：请先取消发布再修改课时");
        }
        long max = maxUploadBytes();
        try {
            UploadRules.check(filename, size, max);
        } catch (MediaUploadException e) {
            throw refusal(e);
        }
        String name = filename.strip();
        String lessonTitle = title == null || title.isBlank() ? UploadRules.title(name) : title;
        UUID documentId = UUID.randomUUID();
        String key = ObjectKeys.original(documentId, "pdf");
        LessonDraft draft = new LessonDraft(LessonKind.DOCUMENT, lessonTitle, null, key, null, durationSeconds)
                .validated();
        Path copy = null;
        boolean storing = false;
        try {
            copy = Files.createTempFile("lesson-document-", ".pdf");
            InputStream checked = PdfFiles.requireHeader(new LimitedInputStream(content, max));
            storing = true;
            try (OutputStream out = Files.newOutputStream(copy)) {
                store.put(key, new TeeInputStream(checked, out), size, "application/pdf");
            }
            long stored = Files.size(copy);
            int pages = PdfFiles.pageCount(copy);
            Lesson lesson = new Lesson(UUID.randomUUID(), courseId, 0, LessonKind.DOCUMENT, draft.title(), null, key,
                    null, draft.durationSeconds());
            return guard.audited(user, "LESSON_ADD", "COURSE", courseId, course.regionCode(),
                    "DOCUMENT " + draft.title() + " (" + name + ", " + pages + " 页, " + stored + " 字节)", () -> {
                        Lesson placed = new Lesson(lesson.id(), courseId, lessons.nextPosition(courseId),
                                lesson.kind(), lesson.title(), null, key, null, lesson.durationSeconds());
                        lessons.insert(placed);
                        documents.insert(new LessonDocument(placed.id(), key, stored, pages, name, user.username(),
                                clock.instant()));
                        return placed;
                    });
        } catch (IOException e) {
            discard(storing, key);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(storing, key);
            throw translated(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    log.warn("could not delete {}: {}", copy, e.getMessage());
                }
            }
        }
    }

    /** Deletes whatever part of a refused upload reached the object store. */
    private void discard(boolean storing, String key) {
        if (!storing) {
            return;
        }
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            log.warn("refused document upload {} could not be deleted: {}", key, e.getMessage());
        }
    }

    /** The size limit noticed while the store read the stream surfaces wrapped; say it plainly. */
    private RuntimeException translated(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DocumentException d) {
                return d;
            }
            if (t instanceof MediaUploadException m) {
                return refusal(m);
            }
        }
        return e;
    }

    private DocumentException refusal(MediaUploadException e) {
        String message = switch (e.code()) {
            case "too-large" -> "文件超过允许的大小（最大 " + maxUploadText() + "）";
            case "empty" -> "文件为空";
            case "filename-missing" -> "文件没有名称";
            case "filename-too-long" -> "文件名最多 255 个字符";
            default -> "文件名含有控制字符或路径";
        };
        return new DocumentException(e.code(), message, e);
    }
}
