package cn.gov.egov.portal.learning.exam.paper;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How an exam's paper is made: the same questions for everyone ({@link Fixed}) or drawn at random per attempt by
 * category quotas ({@link Drawn}). Either way options may be shuffled per attempt, and the order is stored with the
 * attempt so a resumed attempt looks the same.
 */
public sealed interface PaperSpec {

    int MAX_QUESTIONS = 500;

    /** Shuffle the order of the questions per attempt. */
    boolean shuffleQuestions();

    /** Shuffle the options of choice questions per attempt (unless a question forbids it). */
    boolean shuffleOptions();

    /** How multiple-choice questions are marked. */
    MultipleChoiceScoring scoring();

    /** These questions, in this order (unless shuffled). */
    record Fixed(List<String> questionIds, boolean shuffleQuestions, boolean shuffleOptions,
                 MultipleChoiceScoring scoring) implements PaperSpec {

        public Fixed {
            Objects.requireNonNull(scoring, "scoring");
            questionIds = List.copyOf(questionIds);
            if (questionIds.isEmpty() || questionIds.size() > MAX_QUESTIONS) {
                throw new ExamException("paper-size-invalid", "试卷的题目数量必须在 1 到 " + MAX_QUESTIONS + " 之间");
            }
            Set<String> seen = new HashSet<>();
            for (String id : questionIds) {
                if (!seen.add(id)) {
                    throw new ExamException("duplicate-question-in-paper", "试卷中重复选用了试题 " + id);
                }
            }
        }

        public Fixed withShuffle(boolean questions, boolean options) {
            return new Fixed(questionIds, questions, options, scoring);
        }

        public Fixed withScoring(MultipleChoiceScoring value) {
            return new Fixed(questionIds, shuffleQuestions, shuffleOptions, value);
        }
    }

    /** Questions drawn at random by quotas, unseen ones first; listed quota by quota (unless shuffled). */
    record Drawn(List<Quota> quotas, boolean shuffleQuestions, boolean shuffleOptions,
                 MultipleChoiceScoring scoring) implements PaperSpec {

        public Drawn {
            Objects.requireNonNull(scoring, "scoring");
            quotas = List.copyOf(quotas);
            int total = quotas.stream().mapToInt(Quota::count).sum();
            if (quotas.isEmpty() || total > MAX_QUESTIONS) {
                throw new ExamException("paper-size-invalid", "试卷的题目数量必须在 1 到 " + MAX_QUESTIONS + " 之间");
            }
        }

        public Drawn withShuffle(boolean questions, boolean options) {
            return new Drawn(quotas, questions, options, scoring);
        }

        public Drawn withScoring(MultipleChoiceScoring value) {
            return new Drawn(quotas, shuffleQuestions, shuffleOptions, value);
        }
    }

    /** Fixed questions in this order, options shuffled, multiple choice all-or-nothing. */
    static Fixed fixed(String... questionIds) {
        return new Fixed(List.of(questionIds), false, true, MultipleChoiceScoring.ALL_OR_NOTHING);
    }

    /** Drawn by these quotas, listed quota by quota, options shuffled, multiple choice all-or-nothing. */
    static Drawn drawn(Quota... quotas) {
        return new Drawn(List.of(quotas), false, true, MultipleChoiceScoring.ALL_OR_NOTHING);
    }
}
