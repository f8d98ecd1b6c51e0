package cn.gov.egov.portal.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A font that is missing or unusable stops rendering with a message that names the setting to fix. */
class CertificateFontsTest {

    @Test
    void theDefaultIsWenQuanYiMicroHeiAndTheMachineHasIt() {
        assertThat(CertificateFonts.defaults())
                .isEqualTo(new CertificateFonts(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0));
        assertThat(CertificateFonts.DEFAULT_PATH).as("apt-get install fonts-wqy-microhei").isRegularFile();
    }

    @Test
    void aMissingFontNamesThePathTheSettingAndThePackage() {
        CertificatePdf pdf = new CertificatePdf(new CertificateFonts(Path.of("/nowhere/simsun.ttc"), 0));
        assertThatThrownBy(() -> pdf.render(CertificatePdfTest.course("张三"), CertificatePdfTest.URL))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("/nowhere/simsun.ttc")
                .hasMessageContaining("portal.certificates.font.path")
                .hasMessageContaining("fonts-wqy-microhei")
                .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.font-missing");
    }

    @Test
    void anIndexBeyondTheCollectionNamesTheIndexSetting() {
        CertificatePdf pdf = new CertificatePdf(new CertificateFonts(CertificateFonts.DEFAULT_PATH, 7));
        assertThatThrownBy(() -> pdf.render(CertificatePdfTest.course("张三"), CertificatePdfTest.URL))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("只有 2 个字体")
                .hasMessageContaining("portal.certificates.font.index")
                .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.font-index-invalid");
        assertThatThrownBy(() -> new CertificateFonts(CertificateFonts.DEFAULT_PATH, -1))
                .isInstanceOf(CertificateException.class).hasMessageContaining("portal.certificates.font.index");
    }

    @Test
    void theSecondFontOfTheCollectionCanBeChosen() throws Exception {
        byte[] pdf = new CertificatePdf(new CertificateFonts(CertificateFonts.DEFAULT_PATH, 1))
                .render(CertificatePdfTest.course("张三"), CertificatePdfTest.URL);
        try (var document = PdfReading.open(pdf)) {
            assertThat(PdfReading.fonts(document).getFirst().getName()).endsWith("+WenQuanYiMicroHeiMono");
        }
    }

    @Test
    void aFileThatIsNoFontIsUnreadable() throws Exception {
        Path notAFont = Files.createTempFile("not-a-font", ".ttf");
        try {
            Files.writeString(notAFont, "<html>not a font</html>");
            CertificatePdf pdf = new CertificatePdf(new CertificateFonts(notAFont, 0));
            assertThatThrownBy(() -> pdf.render(CertificatePdfTest.course("张三"), CertificatePdfTest.URL))
                    .isInstanceOf(CertificateException.class)
                    .hasMessageContaining("portal.certificates.font.path")
                    .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.font-unreadable");
        } finally {
            Files.delete(notAFont);
        }
    }

    /** Debian's Noto CJK has CFF outlines, which PDFBox cannot subset; .ci/run installs it for the browser tests. */
    @Test
    void aCffOpenTypeFontIsRefusedWithTheReason() {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
        assertThat(noto).as("fonts-noto-cjk (installed by .ci/run)").isRegularFile();
        CertificatePdf pdf = new CertificatePdf(new CertificateFonts(noto, 2));
        assertThatThrownBy(() -> pdf.render(CertificatePdfTest.course("张三"), CertificatePdfTest.URL))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("CFF")
                .hasMessageContaining("portal.certificates.font.path")
                .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.font-unsupported");
    }

    @Test
    void aCharacterTheFontLacksIsNamedWithItsField() {
        CertificatePdf pdf = CertificatePdfTest.PDF;
        assertThatThrownBy(() -> pdf.render(CertificatePdfTest.course("𠮷田"), CertificatePdfTest.URL))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("姓名")
                .hasMessageContaining("U+20BB7")
                .hasMessageContaining("portal.certificates.font.path")
                .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.glyph-missing");
        assertThatThrownBy(() -> pdf.render(CertificatePdfTest.course("张三", "\uE000课程"), CertificatePdfTest.URL))
                .isInstanceOf(CertificateException.class).hasMessageContaining("课程名称").hasMessageContaining("U+E000");
    }

    @Test
    void aFontWithoutChineseIsRefusedForTheName() {
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assertThat(dejaVu).as("fonts-dejavu-core (installed by .ci/run)").isRegularFile();
        CertificatePdf pdf = new CertificatePdf(new CertificateFonts(dejaVu, 0));
        assertThatThrownBy(() -> pdf.render(CertificatePdfTest.course("张三"), CertificatePdfTest.URL))
                .isInstanceOf(CertificateException.class)
                .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.glyph-missing");
        assertThatThrownBy(() -> new CertificatePdf(new CertificateFonts(dejaVu, 1))
                .render(CertificatePdfTest.course("张三"), CertificatePdfTest.URL))
                .isInstanceOf(CertificateException.class).hasMessageContaining("portal.certificates.font.index");
    }
}
