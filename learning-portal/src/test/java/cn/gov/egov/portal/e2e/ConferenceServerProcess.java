package cn.gov.egov.portal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import cn.gov.egov.embedded.AppProcess;
import cn.gov.egov.embedded.EmbeddedPostgresServer;
import cn.gov.egov.embedded.FreePort;
import cn.gov.egov.embedded.TestInfrastructure;

/**
 * The real conference-server, started from the jar the build just made, beside the portal under test: same test
 * PostgreSQL, same service secret, dev profile (demo rooms). {@link #baseUrl()} is the one shared per test JVM,
 * stopped at exit; {@link #start(String, int, Map)} starts a separate instance with extra settings, stopped by
 * {@link #close()}.
 */
final class ConferenceServerProcess implements AutoCloseable {

    private static ConferenceServerProcess shared;

    private final AppProcess process;
    private final int port;

    private ConferenceServerProcess(AppProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static synchronized String baseUrl() {
        if (shared == null) {
            shared = start("conference-data", FreePort.find(), Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "conference-server-stop"));
        }
        return shared.url();
    }

    /**
     * A conference-server of its own.
     *
     * @param dataDir its data directory's name below the test infrastructure's root
     * @param port    the port to listen on
     * @param extra   environment added to (or overriding) the common one
     */
    static ConferenceServerProcess start(String dataDir, int port, Map<String, String> extra) {
        Path jar = Path.of("").toAbsolutePath().getParent().resolve("conference-server/target/conference-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build conference-server first: " + jar);
        }
        TestInfrastructure infra = TestInfrastructure.get();
        Map<String, String> env = new HashMap<>(Map.of(
                "SPRING_PROFILES_ACTIVE", "dev",
                "SPRING_DATASOURCE_URL", infra.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                "SPRING_DATASOURCE_PASSWORD", "",
                "PLATFORM_SERVICE_AUTH_SECRET", TestInfrastructure.SERVICE_SECRET,
                "PLATFORM_DATA_DIR", infra.root().resolve(dataDir).toString(),
                "CONFERENCE_PORT", String.valueOf(port)));
        env.putAll(extra);
        AppProcess process = null;
        try {
            process = AppProcess.start("conference-server", jar, port, "512m", env, System.out);
            process.awaitHealthy(Duration.ofMinutes(3));
        } catch (Exception e) {
            if (process != null) {
                process.stop();
            }
            throw new IllegalStateException("conference-server did not start: " + e.getMessage(), e);
        }
        return new ConferenceServerProcess(process, port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.stop();
    }
}
