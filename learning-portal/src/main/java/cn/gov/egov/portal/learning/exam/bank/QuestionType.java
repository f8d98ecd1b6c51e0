package cn.gov.egov.portal.learning.exam.bank;

/** The four kinds of question the portal grades by itself. */
public enum QuestionType {
    /** One right option among 2–12 (单选题). */
    SINGLE("单选题"),
    /** One or more right options among 2–12 (多选题). */
    MULTIPLE("多选题"),
    /** True or false (判断题). */
    TRUE_FALSE("判断题"),
    /** A short text compared with the accepted answers after normalisation (填空题). */
    FILL_IN("填空题");

    private final String chinese;

    QuestionType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }
}
