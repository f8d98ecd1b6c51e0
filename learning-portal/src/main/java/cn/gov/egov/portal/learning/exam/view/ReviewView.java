package cn.gov.egov.portal.learning.exam.view;

import cn.gov.egov.portal.learning.exam.attempt.AttemptStatus;
import cn.gov.egov.portal.learning.exam.attempt.ReviewLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A finished attempt as the learner may see it now. What is filled depends on {@code level} (the exam's review
 * options, wider once it has closed): from {@code SCORE} the marks, the percentage and pass/fail; from
 * {@code CORRECTNESS} the questions with the learner's answers and their marks; from {@code CORRECT_ANSWERS} the
 * right answers and explanations. Whatever is not allowed is null (or an empty list), never computed into the view.
 *
 * @param notice Chinese text for the page, e.g. that more can be seen once the exam closes; may be empty
 */
public record ReviewView(String attemptId, String examTitle, int attemptNumber, AttemptStatus status,
                         String statusName, Instant submittedAt, ReviewLevel level, BigDecimal points,
                         BigDecimal maxPoints, BigDecimal percent, Boolean passed, List<QuestionReview> questions,
                         String notice) {

    public ReviewView {
        questions = List.copyOf(questions);
    }
}
