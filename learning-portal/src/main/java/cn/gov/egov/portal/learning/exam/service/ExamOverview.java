package cn.gov.egov.portal.learning.exam.service;

import java.util.List;
import java.util.Optional;

import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.FinalGrade;
import cn.gov.egov.portal.learning.exam.view.ReviewView;

/**
 * An exam as its learner sees it before starting: the exam's rules (no questions), the attempt in progress if any,
 * the finished attempts as the review options allow now, the grade, and whether another attempt may start.
 *
 * @param openAttemptId the attempt to resume; null when none
 */
public record ExamOverview(Exam exam, String openAttemptId, long remainingSeconds, List<ReviewView> finished,
                           Optional<FinalGrade> grade, boolean mayStart, String startRefusal) {
}
