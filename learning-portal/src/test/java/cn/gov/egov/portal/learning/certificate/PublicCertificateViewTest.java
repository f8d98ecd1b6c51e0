package cn.gov.egov.portal.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The public page shows a masked name and what is on the paper, never the unit or the score. */
class PublicCertificateViewTest {

    @Test
    void namesKeepTheirFirstAndLastCharacterOnly() {
        assertThat(PublicCertificateView.maskName("张小三")).isEqualTo("张*三");
        assertThat(PublicCertificateView.maskName("张三")).isEqualTo("张*");
        assertThat(PublicCertificateView.maskName("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(PublicCertificateView.maskName("买买提·艾力")).isEqualTo("买****力");
        assertThat(PublicCertificateView.maskName("阿".repeat(100))).isEqualTo("阿****阿");
        assertThat(PublicCertificateView.maskName("𠮷田太郎")).isEqualTo("𠮷**郎");
        assertThat(PublicCertificateView.maskName("李")).isEqualTo("*");
        assertThat(PublicCertificateView.maskName(" 王\n五 ")).isEqualTo("王*");
    }

    @Test
    void theViewLeavesOutTheUnitAndTheScore() {
        Certificate exam = CertificatePdfTest.exam();
        PublicCertificateView view = PublicCertificateView.of(exam);
        assertThat(view).isEqualTo(new PublicCertificateView("YN2026-E-000045", "李*", CertificateKind.EXAM_PASSED,
                "2026 年度公务员依法行政知识考试", new BigDecimal("2"), LocalDate.of(2026, 3, 5), "云南省公务员培训平台"));
        assertThat(view.toString()).doesNotContain("财政局", "92.5", exam.verificationCode());
    }
}
