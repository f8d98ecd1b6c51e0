package cn.gov.egov.portal.learning.exam.paper;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.ChoiceOption;
import cn.gov.egov.portal.learning.exam.bank.Points;
import cn.gov.egov.portal.learning.exam.bank.Question;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One question on one learner's paper: a snapshot of the bank's question (so later edits in the bank change no
 * attempt already started), its marks on this paper, and the order its options are shown in. The learner sees the
 * options as letters A, B, C… in that order; answers are saved as those letters.
 *
 * @param question    the question as it was when the paper was made
 * @param points      marks on this paper
 * @param optionOrder the question's option ids in display order (empty for true/false and fill-in)
 */
public record PaperQuestion(Question question, BigDecimal points, List<String> optionOrder) {

    public PaperQuestion {
        Objects.requireNonNull(question, "question");
        points = Points.positive(points);
        optionOrder = List.copyOf(optionOrder);
        if (optionOrder.size() != question.options().size()
                || !new HashSet<>(optionOrder).equals(new HashSet<>(question.optionIds()))) {
            throw new ExamException("option-order-invalid", "选项顺序与试题 " + question.id() + " 的选项不一致");
        }
    }

    /** The question at its own marks with its options in the bank's order. */
    public static PaperQuestion unshuffled(Question question) {
        return new PaperQuestion(question, question.points(), question.optionIds());
    }

    public String questionId() {
        return question.id();
    }

    /** {@code A} for index 0, {@code B} for 1… */
    public static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The options in display order. */
    public List<ChoiceOption> orderedOptions() {
        return optionOrder.stream()
                .map(id -> question.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** The option shown as {@code label} on this paper. */
    public Optional<ChoiceOption> optionAt(String label) {
        if (label == null || label.length() != 1) {
            return Optional.empty();
        }
        int index = label.charAt(0) - 'A';
        return index < 0 || index >= optionOrder.size() ? Optional.empty()
                : Optional.of(orderedOptions().get(index));
    }

    /** The letter of the option with {@code optionId} on this paper. */
    public String labelOf(String optionId) {
        int index = optionOrder.indexOf(optionId);
        if (index < 0) {
            throw new IllegalArgumentException("no option " + optionId + " on question " + question.id());
        }
        return label(index);
    }

    /** The letters of the right options on this paper (server side only: for grading and permitted review). */
    public Set<String> correctLabels() {
        Set<String> labels = new TreeSet<>();
        if (question.key() instanceof AnswerKey.Choices(Set<String> correct)) {
            correct.forEach(id -> labels.add(labelOf(id)));
        }
        return labels;
    }
}
