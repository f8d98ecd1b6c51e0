package cn.gov.egov.portal.learning.exam.attempt;

import cn.gov.egov.portal.learning.exam.grading.Answer;

import java.time.Instant;
import java.util.Objects;

/** The latest answer saved for one question of an attempt, with the server time it was saved. */
public record SavedAnswer(String questionId, Answer answer, Instant savedAt) {

    public SavedAnswer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
