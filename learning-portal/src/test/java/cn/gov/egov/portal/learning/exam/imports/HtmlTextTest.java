package cn.gov.egov.portal.learning.exam.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** HTML to plain text: tags gone, blocks as lines, entities decoded, script content dropped, in linear time. */
class HtmlTextTest {

    static String plain(String html) {
        return HtmlText.toPlain(html).text();
    }

    @Test
    void tagsGoAndBlocksBecomeLines() {
        assertThat(plain("<p>第一段<br/>第二行</p><div>  第三   段 </div><ul><li>甲</li><li>乙</li></ul>"))
                .isEqualTo("第一段\n第二行\n第三 段\n甲\n乙");
        assertThat(plain("<span style=\"a>b\">引号里的尖括号</span>")).isEqualTo("引号里的尖括号");
        assertThat(plain("a <!-- 注释 <b> --> b")).isEqualTo("a b");
    }

    @Test
    void entitiesAreDecodedOnceIntoText() {
        assertThat(plain("&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; &#20013;&#x6587; &ldquo;引&rdquo;&nbsp;x"))
                .isEqualTo("<script>alert(1)</script> &lt; 中文 “引” x");
        assertThat(plain("&bogus; &#0; &#xD800;")).isEqualTo("&bogus; \uFFFD \uFFFD");
    }

    @Test
    void scriptsStylesAndMediaAreRemoved() {
        HtmlText.Result r = HtmlText.toPlain("前<script>alert('x')</script><STYLE>p{}</STYLE><img src=x "
                + "onerror=alert(1)>后<svg><text>矢量</text></svg>尾");
        assertThat(r.text()).isEqualTo("前后尾");
        assertThat(r.mediaRemoved()).isTrue();
        assertThat(HtmlText.toPlain("<b>粗</b>").mediaRemoved()).isFalse();
        assertThat(plain("<script>never closed")).isEmpty();
    }

    @Test
    void literalLessThanSignsAndUnfinishedTagsBehaveAsInABrowser() {
        assertThat(plain("1 < 2 且 3 <= 4")).isEqualTo("1 < 2 且 3 <= 4");
        assertThat(plain("文字<b class=\"x")).isEqualTo("文字");
    }

    @Test
    void hostileInputIsHandledInLinearTime() {
        String many = "<a".repeat(500_000) + "\"" + "<b x='".repeat(100_000);
        long start = System.nanoTime();
        HtmlText.toPlain(many);
        HtmlText.toPlain("<".repeat(1_000_000));
        HtmlText.toPlain("&#".repeat(500_000));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
