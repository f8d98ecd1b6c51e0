package cn.gov.egov.portal.learning.course;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/** 课程中心: what a signed-in user finds in the catalog and on a course page. Read-only. */
@Service
public class CourseCatalog {

    private final CourseRepository courses;
    private final LessonRepository lessons;
    private final CategoryRepository categories;
    private final CourseAccess access;

    public CourseCatalog(CourseRepository courses, LessonRepository lessons, CategoryRepository categories,
                         RegionTree regions) {
        this.courses = courses;
        this.lessons = lessons;
        this.categories = categories;
        this.access = new CourseAccess(regions);
    }

    /** One page of the published courses the user may see, filtered; a region filter outside them finds nothing. */
    public List<Course> search(PortalUser user, CatalogFilter filter, int offset, int limit) {
        return courses.search(scope(user), learnerFilter(filter), offset, Math.min(limit, 200));
    }

    public int count(PortalUser user, CatalogFilter filter) {
        return courses.count(scope(user), learnerFilter(filter));
    }

    public List<Integer> years(PortalUser user) {
        return courses.years(scope(user));
    }

    /** The regions whose courses the user sees: own region first, then up to the province. */
    public List<String> regions(PortalUser user) {
        return access.visibleRegions(user);
    }

    public List<CourseCategory> categories() {
        return categories.active();
    }

    /** A course the user may open: published in their regions, or one they manage (a preview). */
    public Optional<Course> course(PortalUser user, UUID id) {
        return courses.find(id).filter(c -> access.canSee(user, c));
    }

    /** The lessons of a course the user may open, in order; empty otherwise. */
    public List<Lesson> lessons(PortalUser user, UUID courseId) {
        return course(user, courseId).map(c -> lessons.ofCourse(c.id())).orElse(List.of());
    }

    private CatalogScope scope(PortalUser user) {
        return new CatalogScope.Published(access.visibleRegions(user));
    }

    private static CatalogFilter learnerFilter(CatalogFilter f) {
        // learners never ask for drafts: the scope already says published
        return new CatalogFilter(f.text(), f.categoryId(), f.kind(), f.year(), f.regionCode(), null);
    }
}
