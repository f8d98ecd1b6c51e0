package cn.gov.egov.portal.learning.document;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseAccess;
import cn.gov.egov.portal.learning.course.CourseRepository;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.course.LessonKind;
import cn.gov.egov.portal.learning.course.LessonRepository;
import cn.gov.egov.portal.learning.document.DocumentProgressRepository.Reading;
import cn.gov.egov.portal.learning.ledger.CourseHours;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/**
 * A learner reads a document lesson. Who may open it is {@link CourseAccess#canSee} (a published course of their
 * region or an ancestor; course administrators also their subtree's drafts), checked on every call: the link to the
 * PDF and every page report. The viewer reports each page it displays; the server checks the page against the
 * stored page count, and when every page has been displayed the lesson is complete and {@link CourseHours} asked to
 * award the course.
 */
@Service
public class DocumentReading {

    private final LessonRepository lessons;
    private final CourseRepository courses;
    private final LessonDocumentRepository documents;
    private final DocumentProgressRepository progress;
    private final CourseAccess access;
    private final ObjectStore store;
    private final DocumentProperties properties;
    private final CourseHours courseHours;
    private final Clock clock;

    public DocumentReading(LessonRepository lessons, CourseRepository courses, LessonDocumentRepository documents,
                           DocumentProgressRepository progress, RegionTree regions, ObjectStore store,
                           DocumentProperties properties, CourseHours courseHours, Clock clock) {
        this.lessons = lessons;
        this.courses = courses;
        this.documents = documents;
        this.progress = progress;
        this.access = new CourseAccess(regions);
        this.store = store;
        this.properties = properties;
        this.courseHours = courseHours;
        this.clock = clock;
    }

    /**
     * The document lesson if {@code user} may read it.
     *
     * @throws DocumentException {@code not-found} (missing, or a course the user may not open: not telling which),
     *                           {@code not-document}, {@code document-missing} (no PDF uploaded yet)
     */
    public OpenDocument open(PortalUser user, UUID lessonId) {
        Lesson lesson = lessonId == null ? null : lessons.find(lessonId).orElse(null);
        Course course = lesson == null ? null : courses.find(lesson.courseId()).orElse(null);
        if (user == null || !user.enabled() || course == null || !access.canSee(user, course)) {
            throw new DocumentException("not-found", "课程内容不存在或您无权查看");
        }
        if (lesson.kind() != LessonKind.DOCUMENT) {
            throw new DocumentException("not-document", "该课时不是文档");
        }
        LessonDocument document = documents.find(lessonId)
                .orElseThrow(() -> new DocumentException("document-missing", "该课时的文档尚未上传"));
        Reading reading = progress.find(user.id(), lessonId);
        return new OpenDocument(course, lesson, document, reading.pagesSeen(), reading.complete(),
                course.published());
    }

    /** A short-lived presigned link to the PDF for a user who may read it ({@link #open}'s refusals otherwise). */
    public String link(PortalUser user, UUID lessonId) {
        OpenDocument open = open(user, lessonId);
        return store.presignedGet(open.document().objectKey(), properties.linkLifetime());
    }

    /**
     * The viewer displayed {@code page} (1-based). Recorded for a published course; completes the lesson when every
     * page has been displayed.
     *
     * @return the reading after this report
     * @throws DocumentException {@code page-bad} for a page outside 1..page count, or {@link #open}'s refusals
     */
    public Reading pageShown(PortalUser user, UUID lessonId, int page) {
        OpenDocument open = open(user, lessonId);
        int pages = open.document().pageCount();
        if (page < 1 || page > pages) {
            throw new DocumentException("page-bad", "页码超出范围：" + page + "（共 " + pages + " 页）");
        }
        if (!open.tracked()) {
            return new Reading(open.pagesSeen(), open.complete());
        }
        progress.pageShown(user.id(), lessonId, page, clock.instant());
        if (progress.completeIfAllSeen(user.id(), lessonId, pages, clock.instant())) {
            courseHours.awardIfComplete(user.id(), user.regionCode(), open.course().id());
        }
        return progress.find(user.id(), lessonId);
    }
}
