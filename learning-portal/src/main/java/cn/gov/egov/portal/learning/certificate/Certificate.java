package cn.gov.egov.portal.learning.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One issued certificate, everything printed on it. Text fields are kept as given (any characters, including
 * {@code <script>}); the PDF shows them as plain text, shortened when too wide.
 *
 * @param number           the certificate number (证书编号), letters, digits and hyphens, at most 40
 * @param verificationCode the public verification code in canonical form, see {@link VerificationCodes}
 * @param learnerName      the learner's display name
 * @param learnerUnit      the learner's region and department (单位), e.g. 云南省昆明市五华区人民政府办公室
 * @param kind             course completed or exam passed
 * @param title            the course's or the exam's title
 * @param hours            learning hours awarded (学时), zero or more, at most two decimals
 * @param score            the exam score; required for {@link CertificateKind#EXAM_PASSED}, null for courses
 * @param issuedOn         the issue date
 * @param issuer           the issuing authority, e.g. 云南省公务员培训平台
 */
public record Certificate(String number, String verificationCode, String learnerName, String learnerUnit,
        CertificateKind kind, String title, BigDecimal hours, BigDecimal score, LocalDate issuedOn, String issuer) {

    public static final int MAX_NUMBER_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_UNIT_LENGTH = 200;
    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_ISSUER_LENGTH = 100;

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1," + MAX_NUMBER_LENGTH + "}");

    public Certificate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw invalid("证书编号只能由字母、数字和连字符组成，最多 " + MAX_NUMBER_LENGTH + " 位：" + number);
        }
        if (!VerificationCodes.isWellFormed(verificationCode)) {
            throw invalid("验证码格式不正确：" + verificationCode);
        }
        requireText(learnerName, "姓名", MAX_NAME_LENGTH);
        requireText(learnerUnit, "单位", MAX_UNIT_LENGTH);
        requireText(title, kind.subjectLabel(), MAX_TITLE_LENGTH);
        requireText(issuer, "发证单位", MAX_ISSUER_LENGTH);
        requireAmount(hours, "学时");
        if (kind == CertificateKind.EXAM_PASSED) {
            requireAmount(score, "考试成绩");
        } else if (score != null) {
            throw invalid("结业证书不记载考试成绩");
        }
    }

    private static void requireText(String value, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(label + "不能为空");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw invalid(label + "最多 " + maxLength + " 个字符");
        }
    }

    private static void requireAmount(BigDecimal value, String label) {
        if (value == null) {
            throw invalid(label + "不能为空");
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw invalid(label + "必须是不小于 0、最多两位小数的数：" + value.toPlainString());
        }
    }

    private static CertificateException invalid(String message) {
        return new CertificateException("certificate.invalid", message);
    }
}
