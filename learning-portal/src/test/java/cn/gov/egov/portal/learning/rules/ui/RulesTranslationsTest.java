package cn.gov.egov.portal.learning.rules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The texts of 学时规则 and the deadline reminders are in all three translation files (Chinese twice, identical;
 * English without Chinese), including one per refusal code the service throws.
 */
class RulesTranslationsTest {

    static final List<String> CODES = List.of("forbidden", "no-rules", "too-many-rules", "kind-missing", "label-blank",
            "label-too-long", "hours-not-positive", "hours-not-exact", "hours-too-large", "minutes-negative",
            "exam-flat", "range-empty", "range-overlap", "course-gap", "exam-missing", "year-bad",
            "requirement-missing", "requirement-negative", "requirement-below-minimum", "requirement-not-exact",
            "requirement-too-large");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = RulesTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("rules.") || k.startsWith("reminders.")
                || k.equals("nav.learning-rules")).forEach(keys::add);
        return keys;
    }

    @Test
    void everyKeyIsInEveryFileChineseFirstEnglishSecond() throws IOException {
        Properties base = load("translations.properties");
        Properties zh = load("translations_zh.properties");
        Properties en = load("translations_en.properties");
        CODES.forEach(c -> assertThat(base.getProperty("rules.error." + c)).as(c).isNotBlank());
        assertThat(keys(zh)).isEqualTo(keys(base));
        assertThat(keys(en)).isEqualTo(keys(base));
        keys(base).forEach(k -> assertThat(zh.getProperty(k)).as(k).isEqualTo(base.getProperty(k)));
        keys(base).forEach(k -> assertThat(base.getProperty(k)).as(k).containsPattern("\\p{IsHan}"));
        keys(en).forEach(k -> assertThat(en.getProperty(k)).as(k).doesNotContainPattern("\\p{IsHan}"));
        assertThat(base.getProperty("reminders.title")).isEqualTo("必修课程截止提醒");
        assertThat(base.getProperty("nav.learning-rules")).isEqualTo("学时规则");
    }
}
