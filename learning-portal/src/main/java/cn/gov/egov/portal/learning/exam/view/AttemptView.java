package cn.gov.egov.portal.learning.exam.view;

import cn.gov.egov.portal.learning.exam.attempt.AttemptStatus;

import java.time.Instant;
import java.util.List;

/**
 * An attempt in progress as the browser may see it: the paper (as {@link QuestionView}s), the learner's saved
 * answers, and the deadline with the seconds left by the server clock (the page counts down from these; the server
 * decides). Nothing about right answers.
 */
public record AttemptView(String attemptId, String examTitle, int attemptNumber, AttemptStatus status,
                          Instant deadline, long remainingSeconds, List<QuestionView> questions,
                          List<AnswerView> answers) {

    public AttemptView {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
    }
}
