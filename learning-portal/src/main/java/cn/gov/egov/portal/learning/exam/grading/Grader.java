package cn.gov.egov.portal.learning.exam.grading;

import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.ChoiceOption;
import cn.gov.egov.portal.learning.exam.bank.Points;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.paper.MultipleChoiceScoring;
import cn.gov.egov.portal.learning.exam.paper.Paper;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Marks answers against the frozen paper. Single choice: the one right letter. Multiple choice: by the paper's
 * {@link MultipleChoiceScoring}. True/false: the right judgement. Fill-in: equal to an accepted answer after the
 * question's {@link cn.gov.egov.portal.learning.exam.bank.FillInRule}. A blank answer, or one of the wrong kind, earns
 * nothing. Pure and deterministic.
 */
public final class Grader {

    private Grader() {
    }

    /** Marks the whole paper; {@code answers} by question id (missing ones are unanswered). */
    public static AttemptScore grade(Paper paper, Map<String, Answer> answers) {
        List<QuestionScore> scores = new ArrayList<>(paper.size());
        for (PaperQuestion q : paper.questions()) {
            scores.add(grade(q, answers.get(q.questionId()), paper.scoring()));
        }
        return AttemptScore.of(scores);
    }

    public static QuestionScore grade(PaperQuestion question, Answer answer, MultipleChoiceScoring scoring) {
        BigDecimal max = question.points();
        if (answer == null || answer.isBlank()) {
            return new QuestionScore(question.questionId(), Correctness.UNANSWERED, Points.ZERO, max);
        }
        AnswerKey key = question.question().key();
        return switch (key) {
            case AnswerKey.Choices(Set<String> correct) when answer instanceof Answer.Choice choice ->
                    choices(question, chosenIds(question, choice), correct, scoring);
            case AnswerKey.Judgement(boolean right) when answer instanceof Answer.TrueFalse(boolean given) ->
                    marked(question, given == right);
            case AnswerKey.Accepted accepted when answer instanceof Answer.Text(String given) ->
                    marked(question, accepted.accepts(given));
            default -> marked(question, false);
        };
    }

    private static QuestionScore choices(PaperQuestion question, Optional<Set<String>> chosen, Set<String> correct,
                                         MultipleChoiceScoring scoring) {
        BigDecimal max = question.points();
        if (chosen.isEmpty() || chosen.get().equals(correct)) {
            return marked(question, chosen.isPresent());
        }
        Set<String> picked = chosen.get();
        boolean multiple = question.question().type() == QuestionType.MULTIPLE;
        if (multiple && scoring == MultipleChoiceScoring.PROPORTIONAL && correct.containsAll(picked)) {
            BigDecimal part = max.multiply(BigDecimal.valueOf(picked.size()))
                    .divide(BigDecimal.valueOf(correct.size()), Points.SCALE, RoundingMode.DOWN);
            return new QuestionScore(question.questionId(), Correctness.PARTIAL, part, max);
        }
        return marked(question, false);
    }

    /** The option ids behind the chosen letters; empty when a letter is not on this paper. */
    private static Optional<Set<String>> chosenIds(PaperQuestion question, Answer.Choice choice) {
        Set<String> ids = new HashSet<>();
        for (String label : choice.labels()) {
            Optional<ChoiceOption> option = question.optionAt(label);
            if (option.isEmpty()) {
                return Optional.empty();
            }
            ids.add(option.get().id());
        }
        return Optional.of(ids);
    }

    /** Full marks when right, nothing otherwise. */
    private static QuestionScore marked(PaperQuestion question, boolean right) {
        return new QuestionScore(question.questionId(), right ? Correctness.CORRECT : Correctness.WRONG,
                right ? question.points() : Points.ZERO, question.points());
    }
}
