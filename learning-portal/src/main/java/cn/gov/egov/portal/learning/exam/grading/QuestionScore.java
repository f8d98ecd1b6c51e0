package cn.gov.egov.portal.learning.exam.grading;

import java.math.BigDecimal;
import java.util.Objects;

/** The marks of one question of an attempt: what was awarded out of the question's marks on the paper. */
public record QuestionScore(String questionId, Correctness correctness, BigDecimal awarded, BigDecimal max) {

    public QuestionScore {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(correctness, "correctness");
        if (awarded.signum() < 0 || awarded.compareTo(max) > 0) {
            throw new IllegalArgumentException("awarded must lie in [0, max]: " + awarded + " / " + max);
        }
    }
}
