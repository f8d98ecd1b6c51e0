package cn.gov.egov.portal.learning.hours;

/** Where hours come from. Hours an administrator records by hand need the approver's name. */
public enum SourceKind {
    COURSE("课程学习", false),
    EXAM("考试", false),
    CONFERENCE_TRAINING("会议培训", true),
    MANUAL_ADJUSTMENT("人工调整", true);

    private final String chinese;
    private final boolean needsApproval;

    SourceKind(String chinese, boolean needsApproval) {
        this.chinese = chinese;
        this.needsApproval = needsApproval;
    }

    public String chinese() {
        return chinese;
    }

    /** True for entries an administrator records (conference training, manual adjustments). */
    public boolean needsApproval() {
        return needsApproval;
    }
}
