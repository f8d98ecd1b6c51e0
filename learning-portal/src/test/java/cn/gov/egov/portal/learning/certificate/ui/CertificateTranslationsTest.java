package cn.gov.egov.portal.learning.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** 我的证书's texts are in all three translation files: Chinese twice (identical), English once (no Chinese). */
class CertificateTranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = CertificateTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("certificates.") || k.equals("nav.certificates"))
                .forEach(keys::add);
        return keys;
    }

    @Test
    void everyKeyIsInEveryFileChineseFirstEnglishSecond() throws IOException {
        Properties base = load("translations.properties");
        Properties zh = load("translations_zh.properties");
        Properties en = load("translations_en.properties");
        assertThat(keys(base)).hasSize(16).contains("certificates.kind.COURSE_COMPLETED",
                "certificates.kind.EXAM_PASSED");
        assertThat(keys(zh)).isEqualTo(keys(base));
        assertThat(keys(en)).isEqualTo(keys(base));
        keys(base).forEach(k -> assertThat(zh.getProperty(k)).as(k).isEqualTo(base.getProperty(k)));
        keys(base).forEach(k -> assertThat(base.getProperty(k)).as(k).containsPattern("\\p{IsHan}"));
        keys(en).forEach(k -> assertThat(en.getProperty(k)).as(k).doesNotContainPattern("\\p{IsHan}"));
        assertThat(base.getProperty("nav.certificates")).isEqualTo("我的证书");
    }
}
