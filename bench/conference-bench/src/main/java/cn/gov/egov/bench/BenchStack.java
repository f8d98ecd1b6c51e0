package cn.gov.egov.bench;

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
import java.util.Map;

import cn.gov.egov.embedded.EmbeddedPostgresServer;
import cn.gov.egov.embedded.FreePort;

/**
 * What the benchmark runs against: a real PostgreSQL and conference-server as a child process, both under one
 * temporary directory. {@link #stop()} is idempotent, so both the shutdown hook and {@code finally} may call it.
 */
final class BenchStack {

    static final String DATABASE = "egov";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path workDir;
    private final PrintStream out;
    private final String serviceSecret = randomSecret();
    private EmbeddedPostgresServer postgres;
    private ServerProcess server;
    private boolean stopped;

    BenchStack(Path workDir, PrintStream out) {
        this.workDir = workDir;
        this.out = out;
    }

    /** Starts PostgreSQL, then a private copy of {@code serverJar}, and waits until the server is healthy. */
    void start(Path serverJar, boolean synchronousCommit) throws Exception {
        start(serverJar, synchronousCommit, Map.of());
    }

    /** As {@link #start(Path, boolean)}, with more environment variables for the server (settings of a run). */
    void start(Path serverJar, boolean synchronousCommit, Map<String, String> extraEnv) throws Exception {
        // copy first: another build may replace the jar while we run
        Path jar = workDir.resolve("conference-server.jar");
        Files.copy(serverJar, jar, StandardCopyOption.REPLACE_EXISTING);

        out.println("Starting PostgreSQL ...");
        synchronized (this) {
            postgres = EmbeddedPostgresServer.start(workDir.resolve("postgres"), 0);
        }
        postgres.ensureDatabase(DATABASE);
        // The embedded server runs with synchronous_commit=off for tests; a database-level setting overrides that
        // for every session of the app, so commits are as durable (and as slow) as in production unless asked.
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement()) {
            s.execute("alter database " + DATABASE + " set synchronous_commit = " + (synchronousCommit ? "on" : "off"));
        }

        int port = FreePort.find();
        Path dataDir = Files.createDirectories(workDir.resolve("data"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(DATABASE));
        env.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("PLATFORM_SERVICE_AUTH_SECRET", serviceSecret);
        env.put("PLATFORM_DATA_DIR", dataDir.toString());
        env.put("CONFERENCE_PORT", String.valueOf(port));
        env.putAll(extraEnv);
        out.println("Starting conference-server on port " + port + " (log: " + workDir.resolve("conference-server.log")
                + ") ...");
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("stopped while starting");
            }
            server = ServerProcess.start(jar, port, env, workDir.resolve("conference-server.log"));
        }
        server.awaitHealthy(START_TIMEOUT);
    }

    ServerProcess server() {
        return server;
    }

    String serviceSecret() {
        return serviceSecret;
    }

    /** A setting as a fresh session of the app's database sees it (to report what was measured). */
    String databaseSetting(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('" + name.replace("'", "") + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Row count of a table in schema {@code conference}, for the report (read only). */
    long countRows(String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from conference." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String postgresVersion() throws SQLException {
        return databaseSetting("server_version");
    }

    /** Stops the server, then PostgreSQL. Safe to call more than once and from a shutdown hook. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (server != null) {
            out.println("Stopping conference-server ...");
            server.stop();
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
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes); // 43 characters
    }
}
