package cn.gov.egov.portal.learning.exam.view;

import cn.gov.egov.portal.learning.exam.attempt.SavedAnswer;
import cn.gov.egov.portal.learning.exam.grading.Answer;

import java.time.Instant;
import java.util.List;

/**
 * The learner's own saved answer to one question: the letters chosen, the judgement, or the text typed — whichever
 * fits the type; the others are null. {@code savedAt} is the server time it was saved.
 */
public record AnswerView(String questionId, List<String> choices, Boolean judgement, String text, Instant savedAt) {

    public static AnswerView of(SavedAnswer saved) {
        return switch (saved.answer()) {
            case Answer.Choice(List<String> labels) ->
                    new AnswerView(saved.questionId(), labels, null, null, saved.savedAt());
            case Answer.TrueFalse(boolean value) ->
                    new AnswerView(saved.questionId(), null, value, null, saved.savedAt());
            case Answer.Text(String value) -> new AnswerView(saved.questionId(), null, null, value, saved.savedAt());
        };
    }
}
