package cn.gov.egov.portal.learning.exam.grading;

/** How one answer was marked. */
public enum Correctness {
    CORRECT("正确"),
    /** Some marks: a multiple-choice answer with right options missing and none wrong, under proportional scoring. */
    PARTIAL("部分正确"),
    WRONG("错误"),
    UNANSWERED("未作答");

    private final String chinese;

    Correctness(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
