package cn.gov.egov.portal.learning.exam.attempt;

/** What a learner may see of a finished attempt. Each level includes everything of the levels before it. */
public enum ReviewLevel {
    /** Only that the paper was handed in. */
    NOTHING("只显示已交卷"),
    /** The total, the percentage and pass/fail. */
    SCORE("显示总分和是否合格"),
    /** Also the learner's own answers, and per question right/wrong and the marks. */
    CORRECTNESS("显示每题对错和得分"),
    /** Also the right answers and the explanations (解析). */
    CORRECT_ANSWERS("显示正确答案和解析");

    private final String chinese;

    ReviewLevel(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean includes(ReviewLevel other) {
        return compareTo(other) >= 0;
    }

    public static ReviewLevel wider(ReviewLevel a, ReviewLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
