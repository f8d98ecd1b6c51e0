package cn.gov.egov.portal.learning.exam.grading;

import cn.gov.egov.portal.learning.exam.bank.Points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The marks of a whole attempt.
 *
 * @param questions per question, in paper order
 * @param points    marks earned (two places)
 * @param maxPoints marks available on this paper
 * @param percent   {@code points / maxPoints × 100}, rounded <em>down</em> to two places, so 59.999 shows (and
 *                  counts) as 59.99, never as a pass at 60
 */
public record AttemptScore(List<QuestionScore> questions, BigDecimal points, BigDecimal maxPoints,
                           BigDecimal percent) {

    public AttemptScore {
        questions = List.copyOf(questions);
    }

    public static AttemptScore of(List<QuestionScore> questions) {
        BigDecimal points = questions.stream().map(QuestionScore::awarded).reduce(Points.ZERO, BigDecimal::add);
        BigDecimal max = questions.stream().map(QuestionScore::max).reduce(Points.ZERO, BigDecimal::add);
        return new AttemptScore(questions, points, max, percent(points, max));
    }

    /** {@code points / max × 100} rounded down to two places; 0 when nothing is available. */
    public static BigDecimal percent(BigDecimal points, BigDecimal max) {
        if (max.signum() == 0) {
            return new BigDecimal("0.00");
        }
        return points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.DOWN);
    }

    /** True when the percentage reaches {@code passPercent}. */
    public boolean passes(int passPercent) {
        return percent.compareTo(BigDecimal.valueOf(passPercent)) >= 0;
    }

    public long count(Correctness correctness) {
        return questions.stream().filter(q -> q.correctness() == correctness).count();
    }
}
