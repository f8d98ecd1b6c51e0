package cn.gov.egov.portal.learning.exam.view;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.ReviewLevel;
import cn.gov.egov.portal.learning.exam.attempt.SavedAnswer;
import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.SafeText;
import cn.gov.egov.portal.learning.exam.grading.QuestionScore;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The only way attempts leave the server for the browser. During an attempt: {@link #attempt}, which never reads the
 * answer key. After it: {@link #review}, which copies out only what the exam's review level allows at that moment.
 */
public final class ExamViews {

    private ExamViews() {
    }

    /** The attempt in progress, with the seconds left at {@code now}. */
    public static AttemptView attempt(Exam exam, Attempt attempt, Instant now) {
        if (attempt.status().isFinished()) {
            throw new ExamException("attempt-finished", "试卷已交，请查看考试结果");
        }
        List<QuestionView> questions = new ArrayList<>();
        List<PaperQuestion> paper = attempt.paper().questions();
        for (int i = 0; i < paper.size(); i++) {
            questions.add(QuestionView.of(paper.get(i), i + 1));
        }
        List<AnswerView> answers = attempt.answers().values().stream()
                .sorted(Comparator.comparingInt(s -> attempt.paper().questionIds().indexOf(s.questionId())))
                .map(AnswerView::of).toList();
        return new AttemptView(attempt.id(), exam.title(), attempt.number(), attempt.status(), attempt.deadline(),
                attempt.remaining(now).toSeconds(), questions, answers);
    }

    /** The finished attempt at the review level the exam allows at {@code now}. */
    public static ReviewView review(Exam exam, Attempt attempt, Instant now) {
        if (!attempt.status().isFinished()) {
            throw new ExamException("attempt-not-finished", "交卷后才能查看考试结果");
        }
        ReviewLevel level = exam.reviewLevelAt(now);
        boolean score = level.includes(ReviewLevel.SCORE);
        List<QuestionReview> questions = level.includes(ReviewLevel.CORRECTNESS)
                ? questionReviews(attempt, level.includes(ReviewLevel.CORRECT_ANSWERS)) : List.of();
        ReviewLevel later = exam.policy().reviewAfterClose();
        String notice = exam.closesAt() == null || exam.isClosedAt(now) || later == level ? ""
                : "考试结束后将" + later.chinese();
        var s = attempt.score();
        return new ReviewView(attempt.id(), exam.title(), attempt.number(), attempt.status(),
                attempt.status().chinese(), attempt.submittedAt(), level, score ? s.points() : null,
                score ? s.maxPoints() : null, score ? s.percent() : null,
                score ? s.passes(exam.policy().passPercent()) : null, questions, notice);
    }

    private static List<QuestionReview> questionReviews(Attempt attempt, boolean reveal) {
        List<QuestionReview> result = new ArrayList<>();
        List<PaperQuestion> paper = attempt.paper().questions();
        for (int i = 0; i < paper.size(); i++) {
            PaperQuestion q = paper.get(i);
            QuestionScore marks = attempt.score().questions().get(i);
            SavedAnswer saved = attempt.answers().get(q.questionId());
            String explanation = reveal ? q.question().explanation() : null;
            result.add(new QuestionReview(QuestionView.of(q, i + 1), saved == null ? null : AnswerView.of(saved),
                    marks.correctness(), marks.correctness().chinese(), marks.awarded(),
                    reveal ? correctAnswer(q) : null, explanation,
                    explanation == null ? null : SafeText.toHtml(explanation)));
        }
        return result;
    }

    private static CorrectAnswerView correctAnswer(PaperQuestion q) {
        return switch (q.question().key()) {
            case AnswerKey.Choices c -> new CorrectAnswerView(List.copyOf(q.correctLabels()), null, null);
            case AnswerKey.Judgement(boolean value) -> new CorrectAnswerView(null, value, null);
            case AnswerKey.Accepted a -> new CorrectAnswerView(null, null, a.answers());
        };
    }
}
