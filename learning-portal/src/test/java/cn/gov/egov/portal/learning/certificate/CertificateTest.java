package cn.gov.egov.portal.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A certificate refuses data that could not be printed truthfully. */
class CertificateTest {

    static final String CODE = "7KQ2XH9MWR4TBN3P";

    static Certificate course(String name) {
        return new Certificate("YN2026-C-000123", CODE, name, "云南省昆明市五华区人民政府办公室",
                CertificateKind.COURSE_COMPLETED, "习近平新时代中国特色社会主义思想专题学习", new BigDecimal("12.5"), null,
                LocalDate.of(2026, 11, 20), "云南省公务员培训平台");
    }

    static Certificate exam(BigDecimal score) {
        return new Certificate("YN2026-E-000045", CODE, "李四", "云南省大理白族自治州财政局", CertificateKind.EXAM_PASSED,
                "2026 年度公务员依法行政知识考试", new BigDecimal("2"), score, LocalDate.of(2026, 11, 20),
                "云南省公务员培训平台");
    }

    @Test
    void aCourseCertificateHasNoScoreAndAnExamCertificateHasOne() {
        assertThat(course("张三").score()).isNull();
        assertThat(exam(new BigDecimal("92.5")).score()).isEqualByComparingTo("92.5");
        assertInvalid(() -> exam(null), "考试成绩不能为空");
        assertInvalid(() -> new Certificate("N1", CODE, "张三", "单位", CertificateKind.COURSE_COMPLETED, "课程",
                BigDecimal.ONE, BigDecimal.TEN, LocalDate.of(2026, 1, 1), "平台"), "不记载考试成绩");
    }

    @Test
    void hoursAndScoresAreNonNegativeWithAtMostTwoDecimals() {
        assertThat(exam(new BigDecimal("0")).score()).isZero();
        assertInvalid(() -> exam(new BigDecimal("-1")), "考试成绩");
        assertInvalid(() -> exam(new BigDecimal("90.125")), "最多两位小数");
        assertThat(exam(new BigDecimal("90.1200")).score()).isEqualByComparingTo("90.12");
    }

    @Test
    void theNumberIsLettersDigitsAndHyphens() {
        assertInvalid(() -> new Certificate("证书1", CODE, "张三", "单位", CertificateKind.COURSE_COMPLETED, "课程",
                BigDecimal.ONE, null, LocalDate.of(2026, 1, 1), "平台"), "证书编号");
        assertInvalid(() -> new Certificate("A".repeat(41), CODE, "张三", "单位", CertificateKind.COURSE_COMPLETED,
                "课程", BigDecimal.ONE, null, LocalDate.of(2026, 1, 1), "平台"), "证书编号");
    }

    @Test
    void theCodeMustBeCanonical() {
        assertInvalid(() -> new Certificate("N1", "7KQ2-XH9M-WR4T-BN3P", "张三", "单位",
                CertificateKind.COURSE_COMPLETED, "课程", BigDecimal.ONE, null, LocalDate.of(2026, 1, 1), "平台"),
                "验证码格式不正确");
    }

    @Test
    void textsAreRequiredAndBounded() {
        assertInvalid(() -> course(" "), "姓名不能为空");
        assertInvalid(() -> course(null), "姓名不能为空");
        assertInvalid(() -> course("张".repeat(201)), "姓名最多 200 个字符");
        assertThat(course("张".repeat(100)).learnerName()).hasSize(100);
        assertThat(course("<script>alert('x')</script>").learnerName()).isEqualTo("<script>alert('x')</script>");
    }

    static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(CertificateException.class).hasMessageContaining(message)
                .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.invalid");
    }
}
