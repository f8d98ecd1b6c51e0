package cn.gov.egov.bench.session;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.egov.embedded.EmbeddedPostgresServer;
import cn.gov.egov.embedded.EmbeddedS3Server;
import cn.gov.egov.embedded.FreePort;

/**
 * What the benchmark runs against: one real PostgreSQL for the whole run and a fresh learning-portal JVM per page
 * kind (so that each series starts from the same empty server) and an S3 server (the portal checks its bucket at start-up), all under one temporary directory.
 * {@link #stop()} is idempotent, so both the shutdown hook and {@code finally} may call it.
 */
final class PortalStack {

    static final String DATABASE = "egov";
    private static final String S3_ACCESS_KEY = "session-bench";
    private static final String S3_SECRET_KEY = "session-bench-secret-key-0123456789";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path workDir;
    private final PrintStream out;
    private EmbeddedPostgresServer postgres;
    private EmbeddedS3Server s3;
    private PortalProcess portal;
    private Path jar;
    private boolean stopped;

    PortalStack(Path workDir, PrintStream out) {
        this.workDir = workDir;
        this.out = out;
    }

    /** Starts PostgreSQL and keeps a private copy of the portal jar (another build may replace it while we run). */
    void startDatabase(Path portalJar) throws IOException, SQLException {
        jar = workDir.resolve("learning-portal.jar");
        Files.copy(portalJar, jar, StandardCopyOption.REPLACE_EXISTING);
        out.println("Starting PostgreSQL ...");
        synchronized (this) {
            postgres = EmbeddedPostgresServer.start(workDir.resolve("postgres"), 0);
        }
        postgres.ensureDatabase(DATABASE);
        out.println("Starting the S3 server ...");
        try {
            EmbeddedS3Server started = EmbeddedS3Server.start(workDir.resolve("s3"), FreePort.find(), S3_ACCESS_KEY,
                    S3_SECRET_KEY);
            synchronized (this) {
                s3 = started;
            }
        } catch (Exception e) {
            throw new IOException("cannot start the S3 server: " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), EmbeddedPostgresServer.USER, "");
    }

    /** Starts a fresh portal JVM (Flyway migrates on the first) with the reference route on; waits until healthy. */
    PortalProcess startPortal(String name, String heap) throws Exception {
        int port = FreePort.find();
        Path dataDir = Files.createDirectories(workDir.resolve("data-" + name));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(DATABASE));
        env.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("PLATFORM_DATA_DIR", dataDir.toString());
        env.put("PLATFORM_SERVICE_AUTH_SECRET", "session-bench-service-secret-0123456789abcdef");
        env.put("PORTAL_PORT", String.valueOf(port));
        // nothing listens on these: the home page's conference card says "unavailable", as when they are down
        env.put("PORTAL_CONFERENCE_SERVER_BASE_URL", "http://127.0.0.1:" + FreePort.find());
        env.put("PORTAL_MEDIA_WORKER_URL", "http://127.0.0.1:" + FreePort.find());
        env.put("PLATFORM_OBJECT_STORE_ENDPOINT", s3.endpoint().toString());
        env.put("PLATFORM_OBJECT_STORE_ACCESS_KEY", S3_ACCESS_KEY);
        env.put("PLATFORM_OBJECT_STORE_SECRET_KEY", S3_SECRET_KEY);
        env.put("PORTAL_BENCH_REFERENCE_ROUTE", "true");
        Path log = workDir.resolve("learning-portal-" + name + ".log");
        out.println("Starting learning-portal (-Xmx" + heap + ") on port " + port + " (log: " + log + ") ...");
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("stopped while starting");
            }
            portal = PortalProcess.start(jar, heap, port, env, log);
        }
        portal.awaitHealthy(START_TIMEOUT);
        return portal;
    }

    synchronized void stopPortal() {
        if (portal != null) {
            out.println("Stopping learning-portal ...");
            portal.stop();
            portal = null;
        }
    }

    /** Stops the portal, then PostgreSQL. Safe to call more than once and from a shutdown hook. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopPortal();
        if (s3 != null) {
            try {
                s3.close();
            } catch (Exception e) {
                out.println("while stopping the S3 server: " + e.getMessage());
            }
        }
        if (postgres != null) {
            out.println("Stopping PostgreSQL ...");
            try {
                postgres.close();
            } catch (IOException e) {
                out.println("while stopping PostgreSQL: " + e.getMessage());
            }
        }
    }
}
