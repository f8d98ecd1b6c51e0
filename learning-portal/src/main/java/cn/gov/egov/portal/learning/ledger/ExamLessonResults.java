package cn.gov.egov.portal.learning.ledger;

import java.util.UUID;

/**
 * The hook through which the exam feature tells course completion whether a learner passed an exam lesson's exam.
 * Until the exam feature provides a bean of this type, {@link #NOT_YET} applies: an exam lesson is never passed, so a
 * course with an exam lesson is not complete and earns no hours. When the exam feature records a pass it should
 * call {@link CourseHours#awardIfComplete} for the lesson's course.
 */
@FunctionalInterface
public interface ExamLessonResults {

    /** The default until exams are stored: nobody has passed any exam lesson. */
    ExamLessonResults NOT_YET = (learnerId, lessonId, examId) -> false;

    /**
     * @param examId the lesson's exam ({@code lesson.exam_id}), null when the lesson names none yet
     */
    boolean passed(UUID learnerId, UUID lessonId, UUID examId);
}
