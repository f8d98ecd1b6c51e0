package cn.gov.egov.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The README's entry script picks a JDK 21+ or stops with one line naming JAVA_HOME. */
class PlatformScriptTest {

    private static final Path SCRIPT = Path.of("").toAbsolutePath().getParent().getParent().resolve("platform");

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), "jdk");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return new Result(p.waitFor(), out, err);
    }

    @Test
    void usesJavaHomeWhenItIsRecentEnough() throws Exception {
        String current = System.getProperty("java.home");
        Result r = run(Map.of("JAVA_HOME", current, "EGOV_JDK_DIRS", "/nonexistent/*"));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(current);
    }

    @Test
    void withoutAnyJdk21ItSaysSoAndNamesJavaHome() throws Exception {
        Result r = run(Map.of("JAVA_HOME", "/nonexistent-jdk", "EGOV_JDK_DIRS", "/nonexistent/*"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: no JDK 21 or newer found (JAVA_HOME=/nonexistent-jdk)")
                .contains("set JAVA_HOME").doesNotContain("\n");
    }
}
