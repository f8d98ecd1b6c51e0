package cn.gov.egov.portal.learning.course;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.media.MediaJob;
import cn.gov.egov.portal.media.MediaLibrary;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 课程管理: course administrators create and edit the courses of their region subtree, publish and unpublish
 * them. Every action is checked here, on the server, and audited (refusals too).
 */
@Service
public class CourseAdmin {

    private final CourseRepository courses;
    private final LessonRepository lessons;
    private final CategoryRepository categories;
    private final MediaLibrary media;
    private final CourseGuard guard;
    private final Clock clock;

    public CourseAdmin(CourseRepository courses, LessonRepository lessons, CategoryRepository categories,
                       MediaLibrary media, CourseGuard guard, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.categories = categories;
        this.media = media;
        this.guard = guard;
        this.clock = clock;
    }

    /** The courses of the user's subtree (drafts too), filtered, one page. */
    public List<Course> list(PortalUser user, CatalogFilter filter, int offset, int limit) {
        guard.requireManager(user, "COURSE_LIST");
        return courses.search(scope(user), filter, offset, Math.min(limit, 200));
    }

    public int count(PortalUser user, CatalogFilter filter) {
        guard.requireManager(user, "COURSE_LIST");
        return courses.count(scope(user), filter);
    }

    public Course get(PortalUser user, UUID id) {
        return guard.managed(user, id, "COURSE_VIEW");
    }

    /** A new draft course owned by {@code regionCode} (the user's own region when null). */
    public Course create(PortalUser user, CourseDraft draft, String regionCode) {
        guard.requireManager(user, "COURSE_CREATE");
        String region = regionCode == null ? user.regionCode() : regionCode;
        if (!guard.access().canManageRegion(user, region)) {
            throw guard.deny(user, "COURSE_CREATE", "COURSE", null, region, "不能为其他区域创建课程：" + region);
        }
        CourseDraft d = validate(draft);
        Instant now = clock.instant();
        Course c = new Course(UUID.randomUUID(), d.title(), d.summary(), d.categoryId(), null, d.kind(), d.year(),
                region, CourseStatus.DRAFT, d.seekBeyondWatched(), user.username(), now, now, null);
        guard.audited(user, "COURSE_CREATE", "COURSE", c.id(), region, d.title(), () -> courses.insert(c));
        return courses.find(c.id()).orElseThrow();
    }

    public Course update(PortalUser user, UUID id, CourseDraft draft) {
        Course c = guard.managed(user, id, "COURSE_UPDATE");
        CourseDraft d = validate(draft);
        guard.audited(user, "COURSE_UPDATE", "COURSE", id, c.regionCode(), d.title(),
                () -> courses.update(id, d, clock.instant()));
        return courses.find(id).orElseThrow();
    }

    /**
     * Publishes when every video lesson's asset is transcoded ({@link PublishRules}); otherwise the course stays
     * as it was and a {@link PublishRefusedException} says why. The asset states are asked of media-worker afresh.
     */
    public Course publish(PortalUser user, UUID id) {
        Course c = guard.managed(user, id, "COURSE_PUBLISH");
        List<Lesson> ls = lessons.ofCourse(id);
        try {
            PublishRules.require(ls, this::jobState, hasDocument(ls));
        } catch (PublishRefusedException e) {
            guard.audit().denied(user, "COURSE_PUBLISH", "COURSE", id, c.regionCode(), e.getMessage());
            throw e;
        }
        guard.audited(user, "COURSE_PUBLISH", "COURSE", id, c.regionCode(), c.title(),
                () -> courses.setStatus(id, CourseStatus.PUBLISHED, clock.instant()));
        return courses.find(id).orElseThrow();
    }

    public Course unpublish(PortalUser user, UUID id) {
        Course c = guard.managed(user, id, "COURSE_UNPUBLISH");
        guard.audited(user, "COURSE_UNPUBLISH", "COURSE", id, c.regionCode(), c.title(),
                () -> courses.setStatus(id, CourseStatus.DRAFT, clock.instant()));
        return courses.find(id).orElseThrow();
    }

    /** Which lessons stand in the way of publishing (empty: it may be published). */
    public List<PublishRules.Problem> publishProblems(PortalUser user, UUID id) {
        guard.managed(user, id, "COURSE_VIEW");
        List<Lesson> ls = lessons.ofCourse(id);
        return PublishRules.problems(ls, this::jobState, hasDocument(ls));
    }

    /** Which of the lessons have their PDF uploaded (table {@code lesson_document}), asked once. */
    private java.util.function.Predicate<UUID> hasDocument(List<Lesson> ls) {
        java.util.Set<UUID> withPdf = new java.util.HashSet<>(lessons.withDocument(ls.stream()
                .filter(l -> l.kind() == LessonKind.DOCUMENT).map(Lesson::id).toList()));
        return withPdf::contains;
    }

    /** The transcode state of an asset: media-worker's answer, or the last one stored when it cannot be asked. */
    String jobState(UUID assetId) {
        return media.find(assetId).map(a -> media.job(a).map(MediaJob::state).orElse(a.jobState())).orElse(null);
    }

    public List<CourseCategory> categories() {
        return categories.active();
    }

    /**
     * Adds a catalog category. Categories are shared by the whole province, so only course administrators of a
     * province (or system administrators) add them.
     */
    public CourseCategory addCategory(PortalUser user, String name) {
        guard.requireManager(user, "CATEGORY_CREATE");
        if (guard.access().regions().find(user.regionCode()).map(r -> r.parentCode() != null).orElse(true)) {
            throw guard.deny(user, "CATEGORY_CREATE", "CATEGORY", null, user.regionCode(),
                    "只有省级课程管理员可以添加课程分类");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 50) {
            throw new CourseException("category-name-bad", "分类名称应为 1–50 个字符");
        }
        if (categories.nameTaken(n)) {
            throw new CourseException("category-duplicate", "已有同名分类：" + n);
        }
        UUID id = UUID.randomUUID();
        return guard.audited(user, "CATEGORY_CREATE", "CATEGORY", id, user.regionCode(), n,
                () -> categories.insert(id, n));
    }

    private CourseDraft validate(CourseDraft draft) {
        CourseDraft d = draft.validated();
        if (categories.find(d.categoryId()).isEmpty()) {
            throw new CourseException("category-missing", "请选择课程分类");
        }
        return d;
    }

    private CatalogScope scope(PortalUser user) {
        return new CatalogScope.Managed(guard.access().subtreePrefix(user));
    }

    /** The media assets the user may attach to a lesson (their subtree's library). */
    public List<MediaAsset> attachableMedia(PortalUser user) {
        return media.list(user);
    }
}
