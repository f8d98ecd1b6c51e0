package cn.gov.egov.portal.learning.exam.attempt;

/** Where an attempt stands. Both finished states are graded at once: every question type is marked by the server. */
public enum AttemptStatus {
    IN_PROGRESS("答题中"),
    /** Handed in by the learner before the deadline. */
    SUBMITTED("已交卷"),
    /** Handed in by the server at the deadline, with the answers saved until then. */
    AUTO_SUBMITTED("到时自动交卷");

    private final String chinese;

    AttemptStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isFinished() {
        return this != IN_PROGRESS;
    }
}
