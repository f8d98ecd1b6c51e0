package cn.gov.egov.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecretsGuardTest {

    private static final List<String> REQUIRED = List.of("a.secret", "b.secret", "c.secret", "d.secret");

    @Test
    void namesEveryUnfitSecret() {
        Map<String, String> values = Map.of(
                "b.secret", "minioadmin",
                "c.secret", "dev-generated-value-123",
                "d.secret", "short");
        List<String> problems = SecretsGuard.problems(REQUIRED, values::get);
        assertThat(problems).containsExactly(
                "a.secret is not set",
                "b.secret still has a default or development value",
                "c.secret still has a default or development value",
                "d.secret is shorter than 12 characters");
    }

    @Test
    void strongSecretsPass() {
        Map<String, String> values = Map.of(
                "a.secret", "q8Z1k2LmN0pX4rT7", "b.secret", "Yw3e5R7t9U1i3O5p",
                "c.secret", "Hj2Kl4Mn6Bv8Cx0Z", "d.secret", "Zx9Cv7Bn5Mm3Ll1K");
        assertThat(SecretsGuard.problems(REQUIRED, values::get)).isEmpty();
    }
}
