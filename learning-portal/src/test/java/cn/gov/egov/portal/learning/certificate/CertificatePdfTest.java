package cn.gov.egov.portal.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** Each certificate is read back: its text, its embedded font, its QR code, its page. */
class CertificatePdfTest {

    static final String CODE = "7KQ2XH9MWR4TBN3P";
    static final URI URL = VerificationCodes.verificationUrl(URI.create("https://peixun.yn.example.gov.cn"), CODE);
    static final CertificatePdf PDF = new CertificatePdf(CertificateFonts.defaults());

    static Certificate course(String name, String title) {
        return new Certificate("YN2026-C-000123", CODE, name, "云南省昆明市五华区人民政府办公室",
                CertificateKind.COURSE_COMPLETED, title, new BigDecimal("12.50"), null, LocalDate.of(2026, 11, 20),
                "云南省公务员培训平台");
    }

    static Certificate course(String name) {
        return course(name, "习近平新时代中国特色社会主义思想专题学习");
    }

    static Certificate exam() {
        return new Certificate("YN2026-E-000045", CODE, "李四", "云南省大理白族自治州财政局", CertificateKind.EXAM_PASSED,
                "2026 年度公务员依法行政知识考试", new BigDecimal("2"), new BigDecimal("92.5"), LocalDate.of(2026, 3, 5),
                "云南省公务员培训平台");
    }

    /** Kept for a person to look at: learning-portal/target/certificates/. */
    static byte[] render(String file, Certificate certificate) throws IOException {
        byte[] pdf = PDF.render(certificate, URL);
        Path dir = Path.of("target", "certificates");
        Files.createDirectories(dir);
        Files.write(dir.resolve(file), pdf);
        return pdf;
    }

    @Test
    void aCourseCertificateReadsBackInChinese() throws Exception {
        String text = PdfReading.text(render("course.pdf", course("张三")));
        assertThat(text.replaceAll("\\s", "")).contains("结业证书");
        assertThat(text).contains("张三", "云南省昆明市五华区人民政府办公室", "课程名称", "习近平新时代中国特色社会主义思想专题学习",
                "12.5 学时", "7KQ2-XH9M-WR4T-BN3P", "证书编号：YN2026-C-000123", "云南省公务员培训平台",
                "2026年11月20日", "经审核，该同志已完成上述课程的学习，特发此证。", URL.toString());
        assertThat(text).doesNotContain("考试成绩", "考试合格证书");
    }

    @Test
    void anExamCertificateShowsItsScore() throws Exception {
        String text = PdfReading.text(render("exam.pdf", exam()));
        assertThat(text.replaceAll("\\s", "")).contains("考试合格证书");
        assertThat(text).contains("李四", "考试名称", "2026 年度公务员依法行政知识考试", "2 学时", "考试成绩", "92.5 分",
                "2026年3月5日", "经审核，该同志参加上述考试成绩合格，特发此证。");
    }

    @Test
    void thePageIsOneLandscapeA4() throws Exception {
        try (PDDocument document = PdfReading.open(render("course.pdf", course("张三")))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.89f, within(0.01f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.28f, within(0.01f));
            assertThat(page.getRotation()).isZero();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("结业证书 YN2026-C-000123");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetWithAUnicodeMap() throws Exception {
        byte[] pdf = render("course.pdf", course("张三"));
        try (PDDocument document = PdfReading.open(pdf)) {
            List<PDFont> fonts = PdfReading.fonts(document);
            assertThat(fonts).hasSize(1);
            PDType0Font font = (PDType0Font) fonts.getFirst();
            assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
            assertThat(font.isEmbedded()).isTrue();
            PDCIDFont cidFont = font.getDescendantFont();
            PDFontDescriptor descriptor = cidFont.getFontDescriptor();
            assertThat(descriptor.getFontFile2() != null || descriptor.getFontFile3() != null).isTrue();
            int embeddedBytes = descriptor.getFontFile2().toByteArray().length;
            long wholeFont = Files.size(CertificateFonts.DEFAULT_PATH);
            assertThat(embeddedBytes).as("a subset, not the whole %d-byte font", wholeFont).isLessThan(200_000);
        }
        assertThat(pdf.length).isLessThan(300_000);
    }

    @Test
    void theQrCodeGivesTheExactVerificationUrl() throws Exception {
        byte[] pdf = render("course.pdf", course("张三"));
        List<java.awt.image.BufferedImage> images = PdfReading.images(pdf);
        assertThat(images).hasSize(1);
        assertThat(PdfReading.decodeQr(images.getFirst())).isEqualTo(URL.toString());
        assertThat(PdfReading.decodeQr(PdfReading.qrCorner(pdf, 150))).as("as printed").isEqualTo(URL.toString());
    }

    @Test
    void theUrlMustBeAnAbsoluteHttpUrlOfThisCertificatesCode() {
        for (String url : List.of("https://peixun.yn.example.gov.cn/verify/ABCDEFGHJKLMNPQR", "/verify/" + CODE,
                "ftp://peixun.yn.example.gov.cn/verify/" + CODE, "javascript:alert('" + CODE + "')",
                "https://peixun.yn.example.gov.cn/verify/" + CODE + "?" + "x".repeat(300))) {
            assertThatThrownBy(() -> PDF.render(course("张三"), URI.create(url)))
                    .as(url).isInstanceOf(CertificateException.class)
                    .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.url-invalid");
        }
    }
}
