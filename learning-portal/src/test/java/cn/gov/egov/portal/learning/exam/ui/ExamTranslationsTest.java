package cn.gov.egov.portal.learning.exam.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gov.egov.portal.learning.exam.attempt.AttemptStatus;
import cn.gov.egov.portal.learning.exam.attempt.GradingMethod;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.grading.Correctness;

/** Every text key the exam pages use is in the Chinese base file, the zh file and the English file. */
class ExamTranslationsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:exam\\.|nav\\.exam)[a-z.-]*[a-z])\"");

    @Test
    void everyKeyOfTheExamPagesIsTranslated() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/cn/gov/egov/portal/learning/exam/ui"))) {
            for (Path f : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.addAll(Set.of("nav.exams", "nav.exam-bank", "nav.exam-admin", "exam.admin.paper.FIXED",
                "exam.admin.paper.DRAWN"));
        for (QuestionType t : QuestionType.values()) {
            used.add("exam.type." + t.name());
        }
        for (AttemptStatus s : AttemptStatus.values()) {
            used.add("exam.status." + s.name());
        }
        for (Correctness c : Correctness.values()) {
            used.add("exam.correctness." + c.name());
        }
        for (GradingMethod g : GradingMethod.values()) {
            used.add("exam.grading." + g.name());
        }
        assertThat(used).hasSizeGreaterThan(60);
        for (String file : new String[] {"translations.properties", "translations_zh.properties",
                "translations_en.properties"}) {
            Properties p = load(file);
            assertThat(used).as(file).allMatch(k -> p.getProperty(k) != null && !p.getProperty(k).isBlank());
        }
        assertThat(load("translations_en.properties").getProperty("exam.take.submit")).isEqualTo("Submit");
        assertThat(load("translations.properties").getProperty("exam.take.submit")).isEqualTo("交卷");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExamTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
