package cn.gov.egov.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSecretsTest {

    @TempDir
    Path data;

    @Test
    void generatedOnceKeptPrivateAndReusedOnRestart() throws Exception {
        DevSecrets first = DevSecrets.loadOrCreate(data);
        assertThat(first.serviceSecret()).hasSize(64);
        assertThat(first.s3SecretKey()).isNotEqualTo(first.s3AccessKey());
        Path file = data.resolve("secrets.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        assertThat(DevSecrets.loadOrCreate(data)).isEqualTo(first);
        assertThat(DevSecrets.loadOrCreate(Files.createDirectory(data.resolve("other")))).isNotEqualTo(first);
    }
}
