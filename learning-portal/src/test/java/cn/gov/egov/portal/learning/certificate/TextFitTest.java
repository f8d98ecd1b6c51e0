package cn.gov.egov.portal.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cleaning, wrapping, shrinking and shortening, measured with the real font. */
class TextFitTest {

    static PDDocument document;
    static CertificateFont font;

    @BeforeAll
    static void openFont() {
        document = new PDDocument();
        font = CertificateFont.open(CertificateFonts.defaults(), document);
    }

    @AfterAll
    static void closeFont() throws Exception {
        font.close();
        document.close();
    }

    @Test
    void cleaningTurnsBreaksIntoSpacesAndDropsInvisibleCharacters() {
        assertThat(TextFit.clean("  张\r\n\t三  ")).isEqualTo("张 三");
        assertThat(TextFit.clean("张\u202E三\u200B\u200D丰")).isEqualTo("张三丰");
        assertThat(TextFit.clean("李\u00A0\u2028四")).isEqualTo("李 四");
        assertThat(TextFit.clean("姓\u3000\u3000名")).isEqualTo("姓\u3000\u3000名");
        assertThat(TextFit.clean("买买提·艾力")).isEqualTo("买买提·艾力");
        assertThat(TextFit.clean("<b>&amp;</b>")).isEqualTo("<b>&amp;</b>");
        assertThat(TextFit.clean("\uE000")).isEqualTo("\uE000");
    }

    @Test
    void aTextThatFitsIsLeftAlone() {
        TextFit.Fitted fitted = TextFit.fit("张三", font, 22, 14, 400, 1);
        assertThat(fitted).isEqualTo(new TextFit.Fitted(java.util.List.of("张三"), 22, false));
        assertThat(TextFit.ellipsize("张三", font, 22, 400)).isEqualTo("张三");
    }

    @Test
    void aTextThatAlmostFitsIsSetSmaller() {
        String name = "张".repeat(24);
        TextFit.Fitted fitted = TextFit.fit(name, font, 22, 14, 400, 1);
        assertThat(fitted.lines()).containsExactly(name);
        assertThat(fitted.size()).isLessThan(22).isGreaterThanOrEqualTo(14);
        assertThat(font.width(name, fitted.size())).isLessThanOrEqualTo(400);
        assertThat(fitted.shortened()).isFalse();
    }

    @Test
    void aTextTooLongEvenAtTheSmallestSizeEndsInAnEllipsis() {
        String title = "数字政府".repeat(50);
        TextFit.Fitted fitted = TextFit.fit(title, font, 15, 12, 400, 2);
        assertThat(fitted.size()).isEqualTo(12);
        assertThat(fitted.lines()).hasSize(2);
        assertThat(fitted.lines().get(0)).startsWith("数字政府数字政府");
        assertThat(fitted.lines().get(1)).endsWith("…");
        assertThat(fitted.shortened()).isTrue();
        for (String line : fitted.lines()) {
            assertThat(font.width(line, 12)).isLessThanOrEqualTo(400);
        }
        assertThat(fitted.lines().get(0).length() + fitted.lines().get(1).length()).isLessThan(title.length());
    }

    @Test
    void wrappedLinesDoNotStartWithASpace() {
        assertThat(TextFit.wrap("ab cd", font, 10, font.width("ab", 10) + 0.1f)).containsExactly("ab", "cd");
    }

    @Test
    void anEllipsisIsAddedAfterTheLongestStartThatFits() {
        String shortened = TextFit.ellipsize("云南省公务员培训平台", font, 10, font.width("云南省公…", 10) + 0.1f);
        assertThat(shortened).isEqualTo("云南省公…");
        assertThat(font.covers('…')).isTrue();
    }
}
