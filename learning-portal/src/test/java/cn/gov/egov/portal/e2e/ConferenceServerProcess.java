package cn.gov.egov.portal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import cn.gov.egov.embedded.AppProcess;
import cn.gov.egov.embedded.EmbeddedPostgresServer;
import cn.gov.egov.embedded.FreePort;
import cn.gov.egov.embedded.TestInfrastructure;

/**
 * The real conference-server, started from the jar the build just made, beside the portal under test: same test
 * PostgreSQL, same service secret, dev profile (demo rooms). One per test JVM, stopped at exit.
 */
final class ConferenceServerProcess {

    private static AppProcess process;
    private static int port;

    private ConferenceServerProcess() {
    }

    static synchronized String baseUrl() {
        if (process == null) {
            start();
        }
        return "http://127.0.0.1:" + port;
    }

    private static void start() {
        Path jar = Path.of("").toAbsolutePath().getParent().resolve("conference-server/target/conference-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build conference-server first: " + jar);
        }
        TestInfrastructure infra = TestInfrastructure.get();
        port = FreePort.find();
        try {
            process = AppProcess.start("conference-server", jar, port, "512m", Map.of(
                    "SPRING_PROFILES_ACTIVE", "dev",
                    "SPRING_DATASOURCE_URL", infra.jdbcUrl(),
                    "SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                    "SPRING_DATASOURCE_PASSWORD", "",
                    "PLATFORM_SERVICE_AUTH_SECRET", TestInfrastructure.SERVICE_SECRET,
                    "PLATFORM_DATA_DIR", infra.root().resolve("conference-data").toString(),
                    "CONFERENCE_PORT", String.valueOf(port)), System.out);
            process.awaitHealthy(Duration.ofMinutes(3));
        } catch (Exception e) {
            throw new IllegalStateException("conference-server did not start: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::stop, "conference-server-stop"));
    }
}
