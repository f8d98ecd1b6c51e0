package cn.gov.egov.portal.learning.exam.attempt;

/** Which of a learner's finished attempts make the exam grade. */
public enum GradingMethod {
    HIGHEST("取最高分"),
    LAST("取最后一次"),
    FIRST("取第一次"),
    /** The mean of the attempts' percentages (each rounded down to 0.01), rounded down. */
    AVERAGE("取平均分");

    private final String chinese;

    GradingMethod(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
