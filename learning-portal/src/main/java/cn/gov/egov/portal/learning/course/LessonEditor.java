package cn.gov.egov.portal.learning.course;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.media.MediaLibrary;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/**
 * The lessons of a course: add, change, remove, move up or down (positions stay 1..n). Lessons change only while
 * the course is a draft, so what learners are taking never shifts under them. Checked and audited like
 * {@link CourseAdmin}.
 */
@Service
public class LessonEditor {

    private final LessonRepository lessons;
    private final MediaLibrary media;
    private final CourseGuard guard;
    private final RegionTree regions;

    public LessonEditor(LessonRepository lessons, MediaLibrary media, CourseGuard guard, RegionTree regions) {
        this.lessons = lessons;
        this.media = media;
        this.guard = guard;
        this.regions = regions;
    }

    public List<Lesson> lessons(PortalUser user, UUID courseId) {
        guard.managed(user, courseId, "COURSE_VIEW");
        return lessons.ofCourse(courseId);
    }

    public Lesson add(PortalUser user, UUID courseId, LessonDraft draft) {
        Course c = editable(user, courseId, "LESSON_ADD");
        LessonDraft d = checked(user, draft);
        return guard.audited(user, "LESSON_ADD", "COURSE", courseId, c.regionCode(), d.kind() + " " + d.title(),
                () -> {
                    Lesson l = new Lesson(UUID.randomUUID(), courseId, lessons.nextPosition(courseId), d.kind(),
                            d.title(), d.mediaAssetId(), d.documentKey(), d.examId(), d.durationSeconds());
                    lessons.insert(l);
                    return l;
                });
    }

    public Lesson update(PortalUser user, UUID lessonId, LessonDraft draft) {
        Lesson l = lesson(lessonId);
        Course c = editable(user, l.courseId(), "LESSON_UPDATE");
        LessonDraft d = checked(user, draft);
        guard.audited(user, "LESSON_UPDATE", "COURSE", c.id(), c.regionCode(), "#" + l.position() + " " + d.title(),
                () -> lessons.update(lessonId, d));
        return lesson(lessonId);
    }

    public void remove(PortalUser user, UUID lessonId) {
        Lesson l = lesson(lessonId);
        Course c = editable(user, l.courseId(), "LESSON_REMOVE");
        guard.audited(user, "LESSON_REMOVE", "COURSE", c.id(), c.regionCode(), "#" + l.position() + " " + l.title(),
                () -> lessons.delete(l));
    }

    /** Moves a lesson one place up ({@code -1}) or down ({@code +1}); at either end nothing changes. */
    public List<Lesson> move(PortalUser user, UUID lessonId, int delta) {
        Lesson l = lesson(lessonId);
        Course c = editable(user, l.courseId(), "LESSON_MOVE");
        List<Lesson> ordered = lessons.ofCourse(c.id());
        LessonOrder.neighbour(ordered, lessonId, delta).ifPresent(other ->
                guard.audited(user, "LESSON_MOVE", "COURSE", c.id(), c.regionCode(),
                        "#" + l.position() + " → #" + other.position() + " " + l.title(),
                        () -> lessons.swap(l, other)));
        List<Lesson> after = lessons.ofCourse(c.id());
        LessonOrder.check(after);
        return after;
    }

    private Lesson lesson(UUID id) {
        return lessons.find(id).orElseThrow(() -> new CourseException("lesson-missing", "课时不存在"));
    }

    private Course editable(PortalUser user, UUID courseId, String action) {
        Course c = guard.managed(user, courseId, action);
        if (c.published()) {
            throw new CourseException("course-published", "课程已发布：请先取消发布再修改课时");
        }
        return c;
    }

    /** The draft, validated; a video must be a media asset of the user's branch of the region tree. */
    private LessonDraft checked(PortalUser user, LessonDraft draft) {
        LessonDraft d = draft.validated();
        if (d.kind() == LessonKind.VIDEO) {
            MediaAsset asset = media.find(d.mediaAssetId())
                    .orElseThrow(() -> new CourseException("lesson-video-missing", "所选视频不存在"));
            if (!regions.isWithin(asset.regionCode(), user.regionCode())
                    && !regions.isWithin(user.regionCode(), asset.regionCode())) {
                throw guard.deny(user, "LESSON_ADD", "MEDIA", asset.id(), asset.regionCode(),
                        "视频属于其他区域：" + asset.regionCode());
            }
        }
        return d;
    }
}
