package cn.gov.egov.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    @Test
    void defaultsAreTheDocumentedPortsAndDataUnderTheWorkingDirectory() {
        LauncherSettings s = LauncherSettings.fromEnvironment(Map.of(), Path.of("/srv/egov"));
        assertThat(s.dataDir()).isEqualTo(Path.of("/srv/egov/data"));
        assertThat(s.postgresPort()).isEqualTo(5433);
        assertThat(s.s3Port()).isEqualTo(9000);
        assertThat(s.portalPort()).isEqualTo(8080);
        assertThat(s.conferencePort()).isEqualTo(8081);
        assertThat(s.workerPort()).isEqualTo(8082);
    }

    @Test
    void environmentOverrides() {
        LauncherSettings s = LauncherSettings.fromEnvironment(
                Map.of("EGOV_DATA_DIR", "/var/lib/egov", "PORTAL_PORT", "18080"), Path.of("/srv/egov"));
        assertThat(s.dataDir()).isEqualTo(Path.of("/var/lib/egov"));
        assertThat(s.portalPort()).isEqualTo(18080);
    }

    @Test
    void badPortNamesTheVariable() {
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("PORTAL_PORT", "eighty"), Path.of(".")))
                .isInstanceOf(LauncherException.class).hasMessage("PORTAL_PORT=eighty is not a port number (1-65535)");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("EGOV_S3_PORT", "70000"), Path.of(".")))
                .hasMessageContaining("EGOV_S3_PORT");
    }

    @Test
    void missingAppJarSaysToBuildFirst() {
        LauncherSettings s = LauncherSettings.fromEnvironment(Map.of(), Path.of("/nonexistent"));
        assertThatThrownBy(() -> s.jar("learning-portal")).isInstanceOf(LauncherException.class)
                .hasMessageContaining("learning-portal.jar").hasMessageContaining("build first");
    }
}
