package cn.gov.egov.portal.learning.exam.view;

import java.util.List;

/**
 * The right answer in review, only when the review options allow it: the right letters on the learner's paper, the
 * right judgement, or the accepted texts — whichever fits the type; the others are null.
 */
public record CorrectAnswerView(List<String> choices, Boolean judgement, List<String> accepted) {
}
