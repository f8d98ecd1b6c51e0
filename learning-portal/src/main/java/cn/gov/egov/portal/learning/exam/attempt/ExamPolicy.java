package cn.gov.egov.portal.learning.exam.attempt;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules an exam is sat under.
 *
 * @param timeLimit         time for one attempt, 1 minute to 24 hours; the deadline is also never after the exam
 *                          closes
 * @param attemptsAllowed   how many attempts a learner may start, 1–100; 0 for no limit
 * @param grading           which attempts make the exam grade
 * @param passPercent       the pass mark, 0–100 % of the marks
 * @param reviewAfterSubmit what a learner sees of a finished attempt while the exam is still open
 * @param reviewAfterClose  what a learner sees after the exam has closed (never less than after submit)
 */
public record ExamPolicy(Duration timeLimit, int attemptsAllowed, GradingMethod grading, int passPercent,
                         ReviewLevel reviewAfterSubmit, ReviewLevel reviewAfterClose) {

    public ExamPolicy {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(reviewAfterSubmit, "reviewAfterSubmit");
        Objects.requireNonNull(reviewAfterClose, "reviewAfterClose");
        if (timeLimit.compareTo(Duration.ofMinutes(1)) < 0 || timeLimit.compareTo(Duration.ofHours(24)) > 0) {
            throw new ExamException("policy-invalid", "考试时长必须在 1 分钟到 24 小时之间");
        }
        if (attemptsAllowed < 0 || attemptsAllowed > 100) {
            throw new ExamException("policy-invalid", "考试次数必须在 1 到 100 之间（0 表示不限）");
        }
        if (passPercent < 0 || passPercent > 100) {
            throw new ExamException("policy-invalid", "合格分数线必须在 0 到 100 之间");
        }
        reviewAfterClose = ReviewLevel.wider(reviewAfterSubmit, reviewAfterClose);
    }

    /**
     * 60 minutes, 3 attempts, highest grade counts, pass at 60 %; the score after submitting, the right answers
     * and explanations once the exam has closed.
     */
    public static ExamPolicy defaults() {
        return new ExamPolicy(Duration.ofMinutes(60), 3, GradingMethod.HIGHEST, 60, ReviewLevel.SCORE,
                ReviewLevel.CORRECT_ANSWERS);
    }

    public ExamPolicy withTimeLimit(Duration limit) {
        return new ExamPolicy(limit, attemptsAllowed, grading, passPercent, reviewAfterSubmit, reviewAfterClose);
    }

    public ExamPolicy withAttemptsAllowed(int attempts) {
        return new ExamPolicy(timeLimit, attempts, grading, passPercent, reviewAfterSubmit, reviewAfterClose);
    }

    public ExamPolicy withGrading(GradingMethod method) {
        return new ExamPolicy(timeLimit, attemptsAllowed, method, passPercent, reviewAfterSubmit, reviewAfterClose);
    }

    public ExamPolicy withPassPercent(int percent) {
        return new ExamPolicy(timeLimit, attemptsAllowed, grading, percent, reviewAfterSubmit, reviewAfterClose);
    }

    public ExamPolicy withReview(ReviewLevel afterSubmit, ReviewLevel afterClose) {
        return new ExamPolicy(timeLimit, attemptsAllowed, grading, passPercent, afterSubmit, afterClose);
    }

    public boolean unlimitedAttempts() {
        return attemptsAllowed == 0;
    }
}
