package cn.gov.egov.portal.learning.exam.view;

import cn.gov.egov.portal.learning.exam.grading.Correctness;

import java.math.BigDecimal;

/**
 * One question in review (from {@code CORRECTNESS} on): the question, the learner's answer (null when unanswered),
 * how it was marked; and from {@code CORRECT_ANSWERS} on the right answer and the explanation — null before.
 */
public record QuestionReview(QuestionView question, AnswerView yourAnswer, Correctness correctness,
                             String correctnessName, BigDecimal awarded, CorrectAnswerView correctAnswer,
                             String explanation, String explanationHtml) {
}
