package cn.gov.egov.portal.learning.document;

import java.util.List;

import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.Lesson;

/**
 * A document lesson the user may read, with their reading so far.
 *
 * @param tracked whether reading is recorded (a published course; an administrator's preview of a draft is not)
 */
public record OpenDocument(Course course, Lesson lesson, LessonDocument document, List<Integer> pagesSeen,
                           boolean complete, boolean tracked) {
}
