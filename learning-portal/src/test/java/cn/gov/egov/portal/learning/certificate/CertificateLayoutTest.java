package cn.gov.egov.portal.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hostile and overlong texts are printed as plain text, inside their own boxes: shrunk, then shortened with "…";
 * nothing leaves the inner border, no two runs of text overlap, nothing covers the QR code, which still scans.
 */
class CertificateLayoutTest {

    static final float W = CertificatePage.WIDTH;
    static final float H = CertificatePage.HEIGHT;
    static final String LONG_NAME = "阿".repeat(40) + "布都热合曼·买买提" + "长".repeat(51);

    @Test
    void htmlInANameIsPrintedAsIs() throws Exception {
        String name = "<script>alert(\"张三\")</script>&amp;'";
        byte[] pdf = CertificatePdfTest.render("html-name.pdf", CertificatePdfTest.course(name));
        assertThat(PdfReading.text(pdf)).contains(name);
        assertWithinBordersAndApart(pdf);
    }

    @Test
    void aHundredCharacterNameIsShortenedWithAnEllipsis() throws Exception {
        assertThat(LONG_NAME.codePointCount(0, LONG_NAME.length())).isEqualTo(100);
        byte[] pdf = CertificatePdfTest.render("long-name.pdf", CertificatePdfTest.course(LONG_NAME));
        String text = PdfReading.text(pdf);
        assertThat(text).doesNotContain(LONG_NAME).contains("阿".repeat(20)).contains("…");
        assertThat(text).contains("云南省昆明市五华区人民政府办公室", "7KQ2-XH9M-WR4T-BN3P", "12.5 学时");
        assertWithinBordersAndApart(pdf);
        assertThat(PdfReading.decodeQr(PdfReading.qrCorner(pdf, 150))).isEqualTo(CertificatePdfTest.URL.toString());
    }

    @Test
    void aLongTitleTakesTwoLinesThenEndsInAnEllipsis() throws Exception {
        String title = "数字政府建设与基层治理能力现代化专题研修班".repeat(14);
        byte[] pdf = CertificatePdfTest.render("long-title.pdf",
                new Certificate("YN2026-E-000046", CertificatePdfTest.CODE, LONG_NAME, "单".repeat(200),
                        CertificateKind.EXAM_PASSED, title, new BigDecimal("999.99"), new BigDecimal("100"),
                        LocalDate.of(2026, 12, 31), "云南省公务员培训平台云南省公务员培训平台云南省公务员培训平台云南省公务员培训平台"));
        String text = PdfReading.text(pdf);
        assertThat(text).contains("数字政府建设与基层治理能力现代化专题研修班", "…", "999.99 学时", "100 分",
                "经审核，该同志参加上述考试成绩合格，特发此证。");
        assertThat(text).doesNotContain(title);
        assertWithinBordersAndApart(pdf);
        assertThat(PdfReading.decodeQr(PdfReading.qrCorner(pdf, 150))).isEqualTo(CertificatePdfTest.URL.toString());
    }

    @Test
    void lineBreaksAndInvisibleCharactersInANameDoNotReachThePage() throws Exception {
        byte[] pdf = CertificatePdfTest.render("control-name.pdf",
                CertificatePdfTest.course("张\n\t三\u202E\u200B丰\r\n"));
        assertThat(PdfReading.text(pdf)).contains("张 三丰").doesNotContain("\u202E", "\u200B");
        assertWithinBordersAndApart(pdf);
    }

    static void assertWithinBordersAndApart(byte[] pdf) throws Exception {
        float inner = CertificatePage.INNER_BORDER;
        Rectangle2D page = new Rectangle2D.Float(inner, inner, W - 2 * inner, H - 2 * inner);
        Rectangle2D qr = new Rectangle2D.Float(64, H - 54 - CertificatePage.QR_SIZE, CertificatePage.QR_SIZE,
                CertificatePage.QR_SIZE);
        List<PdfReading.Run> runs = PdfReading.runs(pdf);
        assertThat(runs).hasSizeGreaterThan(10);
        for (PdfReading.Run run : runs) {
            assertThat(page.contains(run.box())).as("inside the border: %s %s", run.text(), run.box()).isTrue();
            assertThat(run.box().intersects(qr)).as("off the QR code: %s", run.text()).isFalse();
        }
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                Rectangle2D a = shrunk(runs.get(i).box());
                Rectangle2D b = shrunk(runs.get(j).box());
                assertThat(a.intersects(b)).as("%s overlaps %s", runs.get(i), runs.get(j)).isFalse();
            }
        }
    }

    /** Touching is fine (a label and its value, glyphs of one run); overlapping is not. */
    static Rectangle2D shrunk(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() + 0.5, box.getY() + 0.5, box.getWidth() - 1, box.getHeight() - 1);
    }
}
