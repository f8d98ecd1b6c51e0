package cn.gov.egov.conference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.gov.egov.conference.ConferenceServerApplication;
import cn.gov.egov.embedded.TestInfrastructure;

/** Bad deployment settings end in one clear message that names the setting, not in a stack-trace wall. */
@ExtendWith(OutputCaptureExtension.class)
class StartupDiagnosticsIT {

    private static String[] args(Map<String, String> overrides) {
        return TestInfrastructure.get().commandLine(overrides);
    }

    @Test
    void unreachableDatabaseNamesTheSetting(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(ConferenceServerApplication.class,
                args(Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/egov"))))
                .isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("Cannot reach PostgreSQL / 无法连接数据库 at jdbc:postgresql://127.0.0.1:1/egov")
                .contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void productionRefusesDefaultSecrets(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(ConferenceServerApplication.class,
                args(Map.of("spring.profiles.active", "prod", "spring.datasource.password", "postgres"))))
                .isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("Insecure configuration / 配置不安全")
                .contains("spring.datasource.password still has a default or development value");
    }

    @Test
    void missingServiceSecretIsNamed(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(ConferenceServerApplication.class,
                args(Map.of("platform.service-auth.secret", ""))))
                .isNotNull();
        assertThat(output.getOut() + output.getErr()).contains("PLATFORM_SERVICE_AUTH_SECRET");
    }

    @Test
    void portInUseIsNamed(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            String[] withPort = args(Map.of("server.port", String.valueOf(taken.getLocalPort())));
            assertThatThrownBy(() -> SpringApplication.run(ConferenceServerApplication.class, withPort)).isNotNull();
            assertThat(output.getOut() + output.getErr())
                    .contains("Port " + taken.getLocalPort() + " was already in use");
        }
    }

    @Test
    void aWronglyConfiguredBridgeIsNamed(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(ConferenceServerApplication.class,
                args(Map.of("conference.bridges.configured[0].id", "jvb-1",
                        "conference.bridges.configured[0].url", "ftp://10.0.0.1/",
                        "conference.bridges.configured[0].region", "999999"))))
                .isNotNull();
        assertThat(output.getOut() + output.getErr()).contains("conference.bridges.configured: bridge jvb-1 is wrong")
                .contains("bridge-url.malformed").contains("region.unknown");
    }
}
