package cn.gov.egov.bench.session;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.egov.bench.support.ChildProcess;
import cn.gov.egov.bench.support.LocalStack;
import cn.gov.egov.embedded.FreePort;

/**
 * What the benchmark runs against: one real PostgreSQL for the whole run and a fresh learning-portal JVM per page
 * kind (so that each series starts from the same empty server) and an S3 server (the portal checks its bucket at
 * start-up), all under one temporary directory.
 * {@link #stop()} is idempotent, so both the shutdown hook and {@code finally} may call it.
 */
final class PortalStack {

    private static final String S3_ACCESS_KEY = "session-bench";
    private static final String S3_SECRET_KEY = "session-bench-secret-key-0123456789";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final LocalStack local;
    private final PrintStream out;
    private Path jar;

    PortalStack(Path workDir, PrintStream out) {
        this.local = new LocalStack(workDir, out);
        this.out = out;
    }

    /** Starts PostgreSQL and keeps a private copy of the portal jar (another build may replace it while we run). */
    void startDatabase(Path portalJar) throws IOException, SQLException {
        jar = local.copyJar(portalJar, "learning-portal.jar");
        local.startPostgres();
        out.println("Starting the S3 server ...");
        try {
            local.startS3("s3", S3_ACCESS_KEY, S3_SECRET_KEY);
        } catch (Exception e) {
            throw new IOException("cannot start the S3 server: " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return local.connect();
    }

    /** Starts a fresh portal JVM (Flyway migrates on the first) with the reference route on; waits until healthy. */
    ChildProcess startPortal(String name, String heap) throws Exception {
        int port = FreePort.find();
        Path dataDir = Files.createDirectories(local.workDir().resolve("data-" + name));
        Map<String, String> env = new LinkedHashMap<>(local.databaseEnv());
        env.put("PLATFORM_DATA_DIR", dataDir.toString());
        env.put("PLATFORM_SERVICE_AUTH_SECRET", "session-bench-service-secret-0123456789abcdef");
        env.put("PORTAL_PORT", String.valueOf(port));
        // nothing listens on these: the home page's conference card says "unavailable", as when they are down
        env.put("PORTAL_CONFERENCE_SERVER_BASE_URL", "http://127.0.0.1:" + FreePort.find());
        env.put("PORTAL_MEDIA_WORKER_URL", "http://127.0.0.1:" + FreePort.find());
        env.putAll(local.objectStoreEnv());
        env.put("PORTAL_BENCH_REFERENCE_ROUTE", "true");
        Path log = local.workDir().resolve("learning-portal-" + name + ".log");
        out.println("Starting learning-portal (-Xmx" + heap + ") on port " + port + " (log: " + log + ") ...");
        return local.startChild("learning-portal", jar, ChildProcess.jvmOptions(heap, List.of()), env, log, port,
                START_TIMEOUT);
    }

    void stopPortal() {
        local.stopChild();
    }

    /** Stops the portal, then PostgreSQL. Safe to call more than once and from a shutdown hook. */
    void stop() {
        local.stop();
    }
}
