package cn.gov.egov.portal.learning.exam.paper;

/** How a multiple-choice question is marked; chosen per paper. */
public enum MultipleChoiceScoring {
    /** Full marks only for exactly the right options; anything else 0 (the usual rule of Chinese exams). */
    ALL_OR_NOTHING("全部选对才得分，少选、错选均不得分"),
    /**
     * No wrong option chosen: marks in proportion to the right options chosen (rounded down to 0.01); any wrong option
     * chosen: 0 (少选按比例得分，错选不得分).
     */
    PROPORTIONAL("少选按比例得分，错选不得分");

    private final String chinese;

    MultipleChoiceScoring(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
