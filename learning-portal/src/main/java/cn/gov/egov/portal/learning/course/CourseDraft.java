package cn.gov.egov.portal.learning.course;

import java.util.UUID;

/** What an administrator enters for a course; {@link #validated()} checks and tidies it. */
public record CourseDraft(String title, String summary, UUID categoryId, CourseKind kind, Integer year,
                          boolean seekBeyondWatched) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** The draft with stripped text; throws {@link CourseException} for the first broken rule. */
    public CourseDraft validated() {
        String t = CourseText.title(title);
        String s = CourseText.summary(summary);
        if (categoryId == null) {
            throw new CourseException("category-missing", "请选择课程分类");
        }
        if (kind == null) {
            throw new CourseException("kind-missing", "请选择必修或选修");
        }
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            throw new CourseException("year-bad", "年度应在 " + MIN_YEAR + "–" + MAX_YEAR + " 之间");
        }
        return new CourseDraft(t, s, categoryId, kind, year, seekBeyondWatched);
    }

    public static CourseDraft of(Course c) {
        return new CourseDraft(c.title(), c.summary(), c.categoryId(), c.kind(), c.year(), c.seekBeyondWatched());
    }
}
