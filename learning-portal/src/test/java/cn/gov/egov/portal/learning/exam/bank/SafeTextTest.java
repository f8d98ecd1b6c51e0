package cn.gov.egov.portal.learning.exam.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain text in, escaped HTML out: no stored text is ever markup. */
class SafeTextTest {

    @Test
    void escapingNeutralisesEveryMarkupCharacter() {
        String attack = "<script>alert('x')</script><img src=x onerror=\"alert(1)\">&amp;";
        String html = SafeText.escapeHtml(attack);
        assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=&quot;"
                + "alert(1)&quot;&gt;&amp;amp;");
        assertThat(html).doesNotContain("<", ">", "\"", "'");
    }

    @Test
    void toHtmlTurnsOnlyNewlinesIntoMarkup() {
        assertThat(SafeText.toHtml("第一行<b>\n第二行")).isEqualTo("第一行&lt;b&gt;<br>第二行");
    }

    @Test
    void excerptsCutOnCodePoints() {
        assertThat(SafeText.excerpt("一二三四五", 3)).isEqualTo("一二三…");
        assertThat(SafeText.excerpt("😀😀😀", 2)).isEqualTo("😀😀…");
        assertThat(SafeText.excerpt(" 短\n文 ", 10)).isEqualTo("短 文");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(SafeText.plain(null)).isEmpty();
        assertThat(SafeText.escapeHtml(null)).isEmpty();
    }
}
