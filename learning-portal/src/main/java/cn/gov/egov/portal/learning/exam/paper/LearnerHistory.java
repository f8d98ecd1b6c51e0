package cn.gov.egov.portal.learning.exam.paper;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Which questions a learner has already been given, and how often (from earlier attempts of this and other exams).
 * Drawing prefers questions seen fewest times, unseen ones first.
 */
public record LearnerHistory(Map<String, Integer> timesSeen) {

    private static final LearnerHistory NONE = new LearnerHistory(Map.of());

    public LearnerHistory {
        timesSeen = Map.copyOf(timesSeen);
    }

    public static LearnerHistory none() {
        return NONE;
    }

    /** Each id seen once per occurrence in {@code questionIds}. */
    public static LearnerHistory of(Collection<String> questionIds) {
        return NONE.plus(questionIds);
    }

    /** This history with every id in {@code questionIds} seen once more. */
    public LearnerHistory plus(Collection<String> questionIds) {
        Map<String, Integer> next = new HashMap<>(timesSeen);
        for (String id : questionIds) {
            next.merge(id, 1, Integer::sum);
        }
        return new LearnerHistory(next);
    }

    public int timesSeen(String questionId) {
        return timesSeen.getOrDefault(questionId, 0);
    }

    public boolean hasSeen(String questionId) {
        return timesSeen(questionId) > 0;
    }
}
