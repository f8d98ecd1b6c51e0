package cn.gov.egov.portal.learning.hours;

/** Required (必修) or elective (选修) hours. */
public enum HourCategory {
    REQUIRED("必修"),
    ELECTIVE("选修");

    private final String chinese;

    HourCategory(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
