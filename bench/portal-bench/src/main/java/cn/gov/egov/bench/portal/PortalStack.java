package cn.gov.egov.bench.portal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.egov.embedded.EmbeddedPostgresServer;
import cn.gov.egov.embedded.EmbeddedS3Server;
import cn.gov.egov.embedded.FreePort;

/**
 * What the benchmark runs against: a real PostgreSQL, the embedded S3 server (the portal checks its object store at
 * start-up; the heartbeat path does not use it) and learning-portal as a child process (default profile, not
 * {@code dev}: no demo data), all under one temporary directory. No conference-server or media worker.
 * {@link #stop()} is idempotent.
 */
final class PortalStack {

    static final String DATABASE = "egov";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path workDir;
    private final PrintStream out;
    private EmbeddedPostgresServer postgres;
    private EmbeddedS3Server s3;
    private PortalProcess portal;
    private boolean stopped;

    PortalStack(Path workDir, PrintStream out) {
        this.workDir = workDir;
        this.out = out;
    }

    void start(Path portalJar, boolean synchronousCommit, List<String> jvmArgs) throws Exception {
        Path jar = workDir.resolve("learning-portal.jar"); // copy first: another build may replace the jar
        Files.copy(portalJar, jar, StandardCopyOption.REPLACE_EXISTING);
        out.println("Starting PostgreSQL ...");
        synchronized (this) {
            postgres = EmbeddedPostgresServer.start(workDir.resolve("postgres"), 0);
        }
        postgres.ensureDatabase(DATABASE);
        // the embedded server runs with synchronous_commit=off for tests; production commits are synchronous
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("alter database " + DATABASE + " set synchronous_commit = " + (synchronousCommit ? "on" : "off"));
        }
        int port = FreePort.find();
        Path dataDir = Files.createDirectories(workDir.resolve("data"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(DATABASE));
        env.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("PLATFORM_SERVICE_AUTH_SECRET", randomSecret());
        env.put("PLATFORM_DATA_DIR", dataDir.toString());
        env.put("PORTAL_PORT", String.valueOf(port));
        // nothing listens there: the heartbeat path calls neither
        String s3Secret = randomSecret();
        synchronized (this) {
            s3 = EmbeddedS3Server.start(workDir.resolve("objects"), FreePort.find(), "bench", s3Secret);
        }
        env.put("PLATFORM_OBJECT_STORE_ENDPOINT", s3.endpoint().toString());
        env.put("PLATFORM_OBJECT_STORE_ACCESS_KEY", "bench");
        env.put("PLATFORM_OBJECT_STORE_SECRET_KEY", s3Secret);
        env.put("PORTAL_CONFERENCE_SERVER_BASE_URL", "http://127.0.0.1:1");
        env.put("PORTAL_MEDIA_WORKER_URL", "http://127.0.0.1:1");
        Path log = workDir.resolve("learning-portal.log");
        out.println("Starting learning-portal on port " + port + " (log: " + log + ") ...");
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("stopped while starting");
            }
            portal = PortalProcess.start(jar, port, env, jvmArgs, log);
        }
        portal.awaitHealthy(START_TIMEOUT);
    }

    PortalProcess portal() {
        return portal;
    }

    /** A connection to the portal's database, schema {@code portal} first on the search path. */
    Connection connection() throws SQLException {
        Connection c = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), EmbeddedPostgresServer.USER, "");
        try (Statement s = c.createStatement()) {
            s.execute("set search_path = portal, public");
        }
        return c;
    }

    String setting(String name) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('" + name.replace("'", "") + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (portal != null) {
            out.println("Stopping learning-portal ...");
            portal.stop();
        }
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

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
