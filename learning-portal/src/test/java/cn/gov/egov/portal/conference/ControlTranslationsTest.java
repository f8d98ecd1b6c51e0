package cn.gov.egov.portal.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The control panel's and the attendance's texts are in all three translation files: Chinese twice, English once. */
class ControlTranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = ControlTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("control.") || k.startsWith("attendance."))
                .forEach(keys::add);
        return keys;
    }

    @Test
    void everyKeyIsInEveryFile() throws IOException {
        Properties base = load("translations.properties");
        Properties zh = load("translations_zh.properties");
        Properties en = load("translations_en.properties");
        assertThat(keys(base)).hasSizeGreaterThan(100);
        assertThat(keys(zh)).isEqualTo(keys(base));
        assertThat(keys(en)).isEqualTo(keys(base));
        keys(base).forEach(k -> assertThat(zh.getProperty(k)).as(k).isEqualTo(base.getProperty(k)));
    }

    @Test
    void chineseIsChineseAndEnglishIsNot() throws IOException {
        Properties base = load("translations.properties");
        Properties en = load("translations_en.properties");
        assertThat(base.getProperty("control.mute-all")).isEqualTo("全场静音");
        assertThat(base.getProperty("attendance.export")).isEqualTo("导出签到表");
        keys(en).forEach(k -> assertThat(en.getProperty(k)).as(k).doesNotContainPattern("\\p{IsHan}"));
        assertThat(en.getProperty("attendance.uninvited")).isEqualTo(" (not invited)");
    }
}
