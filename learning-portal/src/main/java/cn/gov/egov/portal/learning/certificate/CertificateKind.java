package cn.gov.egov.portal.learning.certificate;

/** What a certificate attests, with the title printed on it and the wording of its statement. */
public enum CertificateKind {

    /** A course finished (结业). */
    COURSE_COMPLETED("结业证书", "课程名称", "经审核，该同志已完成上述课程的学习，特发此证。"),

    /** An exam passed (考试合格); carries a score. */
    EXAM_PASSED("考试合格证书", "考试名称", "经审核，该同志参加上述考试成绩合格，特发此证。");

    private final String title;
    private final String subjectLabel;
    private final String statement;

    CertificateKind(String title, String subjectLabel, String statement) {
        this.title = title;
        this.subjectLabel = subjectLabel;
        this.statement = statement;
    }

    /** 结业证书 / 考试合格证书. */
    public String title() {
        return title;
    }

    /** The label before the course or exam title: 课程名称 / 考试名称. */
    public String subjectLabel() {
        return subjectLabel;
    }

    /** The closing sentence (…特发此证). */
    public String statement() {
        return statement;
    }
}
