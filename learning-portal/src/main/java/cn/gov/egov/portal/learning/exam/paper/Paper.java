package cn.gov.egov.portal.learning.exam.paper;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.Points;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One learner's paper for one attempt, frozen when the attempt starts: the questions in order, each with its marks
 * and option order, and the multiple-choice scoring rule. Stored with the attempt.
 */
public record Paper(List<PaperQuestion> questions, MultipleChoiceScoring scoring) {

    public Paper {
        Objects.requireNonNull(scoring, "scoring");
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new ExamException("paper-size-invalid", "试卷至少需要一道题");
        }
        Set<String> ids = new HashSet<>();
        for (PaperQuestion q : questions) {
            if (!ids.add(q.questionId())) {
                throw new ExamException("duplicate-question-in-paper", "试卷中重复选用了试题 " + q.questionId());
            }
        }
    }

    public Optional<PaperQuestion> find(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }

    public List<String> questionIds() {
        return questions.stream().map(PaperQuestion::questionId).toList();
    }

    /** The most marks this paper can earn. */
    public BigDecimal maxPoints() {
        return questions.stream().map(PaperQuestion::points).reduce(Points.ZERO, BigDecimal::add);
    }

    public int size() {
        return questions.size();
    }
}
