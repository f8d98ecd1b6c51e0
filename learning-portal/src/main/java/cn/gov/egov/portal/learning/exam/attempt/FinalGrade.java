package cn.gov.egov.portal.learning.exam.attempt;

import cn.gov.egov.portal.learning.exam.grading.AttemptScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A learner's grade for an exam across the finished attempts, by the policy's grading method. Grades are
 * percentages, so attempts at drawn papers with different totals compare fairly.
 *
 * @param percent          the grade, 0–100, two places, rounded down
 * @param passed           {@code percent ≥ pass mark}
 * @param attemptId        the attempt that makes the grade (HIGHEST: the earliest with the top percentage; LAST;
 *                         FIRST); null for AVERAGE
 * @param attemptsCounted  finished attempts taken into account
 */
public record FinalGrade(GradingMethod method, BigDecimal percent, boolean passed, String attemptId,
                         int attemptsCounted) {

    /** Empty while the learner has no finished attempt. */
    public static Optional<FinalGrade> of(ExamPolicy policy, Collection<Attempt> attempts) {
        List<Attempt> finished = attempts.stream().filter(a -> a.status().isFinished())
                .sorted(Comparator.comparingInt(Attempt::number)).toList();
        if (finished.isEmpty()) {
            return Optional.empty();
        }
        Attempt chosen = switch (policy.grading()) {
            case HIGHEST -> finished.stream()
                    .max(Comparator.comparing((Attempt a) -> a.score().percent())
                            .thenComparing(Comparator.comparingInt(Attempt::number).reversed()))
                    .orElseThrow();
            case LAST -> finished.getLast();
            case FIRST -> finished.getFirst();
            case AVERAGE -> null;
        };
        BigDecimal percent = chosen != null ? chosen.score().percent()
                : finished.stream().map(a -> a.score().percent()).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(finished.size()), 2, RoundingMode.DOWN);
        boolean passed = percent.compareTo(BigDecimal.valueOf(policy.passPercent())) >= 0;
        return Optional.of(new FinalGrade(policy.grading(), percent, passed, chosen == null ? null : chosen.id(),
                finished.size()));
    }

    /** Whether a single attempt's score reaches the pass mark. */
    public static boolean passes(ExamPolicy policy, AttemptScore score) {
        return score.passes(policy.passPercent());
    }
}
