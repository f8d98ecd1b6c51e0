package cn.gov.egov.portal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UploadRulesTest {

    private static void refused(String filename, long size, String code) {
        assertThatThrownBy(() -> UploadRules.check(filename, size, 1000))
                .isInstanceOfSatisfying(MediaUploadException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void badUploadsAreRefusedWithACode() {
        refused("", 10, "filename-missing");
        refused("a".repeat(256), 10, "filename-too-long");
        refused("../../etc/passwd", 10, "filename-bad");
        refused("课件\u0000.mp4", 10, "filename-bad");
        refused("..", 10, "filename-bad");
        refused("a.mp4", 0, "empty");
        refused("a.mp4", 1001, "too-large");
        UploadRules.check("第一讲 依法行政.mp4", 1000, 1000);
    }

    @Test
    void titlesAndExtensionsComeFromTheName() {
        assertThat(UploadRules.title(" 第一讲 依法行政.MP4 ")).isEqualTo("第一讲 依法行政");
        assertThat(UploadRules.title(".hidden")).isEqualTo(".hidden");
        assertThat(UploadRules.extension("a.MP4")).isEqualTo("mp4");
        assertThat(UploadRules.extension("a.tar.gz")).isEqualTo("gz");
        assertThat(UploadRules.extension("noext")).isEqualTo("bin");
        assertThat(UploadRules.extension("a.<script>")).isEqualTo("bin");
    }

    @Test
    void anUploadLongerThanItsLimitIsCutOff() throws Exception {
        var in = new LimitedInputStream(new java.io.ByteArrayInputStream(new byte[1500]), 1000);
        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(MediaUploadException.class,
                e -> assertThat(e.code()).isEqualTo("too-large"));
        var fits = new LimitedInputStream(new java.io.ByteArrayInputStream(new byte[1000]), 1000);
        assertThat(fits.readAllBytes()).hasSize(1000);
    }
}
