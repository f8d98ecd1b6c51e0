package cn.gov.egov.bench.support;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.egov.embedded.EmbeddedPostgresServer;
import cn.gov.egov.embedded.EmbeddedS3Server;
import cn.gov.egov.embedded.FreePort;

/**
 * The pieces a benchmark runs its server against, all under one temporary directory: a real PostgreSQL, the embedded
 * S3 server where the server needs one, and the server itself as a {@link ChildProcess}. {@link #stop()} is
 * idempotent, so both the shutdown hook and {@code finally} may call it.
 */
public final class LocalStack {

    public static final String DATABASE = "egov";

    private final Path workDir;
    private final PrintStream out;
    private EmbeddedPostgresServer postgres;
    private EmbeddedS3Server s3;
    private String s3AccessKey;
    private String s3SecretKey;
    private ChildProcess child;
    private boolean stopped;

    public LocalStack(Path workDir, PrintStream out) {
        this.workDir = workDir;
        this.out = out;
    }

    public Path workDir() {
        return workDir;
    }

    /** Copies {@code jar} into the work directory first: another build may replace it while we run. */
    public Path copyJar(Path jar, String fileName) throws IOException {
        Path copy = workDir.resolve(fileName);
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** Starts PostgreSQL in {@code postgres/} and creates the database {@value #DATABASE}. */
    public void startPostgres() throws IOException, SQLException {
        out.println("Starting PostgreSQL ...");
        synchronized (this) {
            postgres = EmbeddedPostgresServer.start(workDir.resolve("postgres"), 0);
        }
        postgres.ensureDatabase(DATABASE);
    }

    /**
     * The embedded server runs with synchronous_commit=off for tests; a database-level setting overrides that for
     * every session of the app, so commits are as durable (and as slow) as in production unless asked.
     */
    public void synchronousCommit(boolean on) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("alter database " + DATABASE + " set synchronous_commit = " + (on ? "on" : "off"));
        }
    }

    /** Starts the S3 server with its objects in {@code dir} below the work directory. */
    public void startS3(String dir, String accessKey, String secretKey) throws Exception {
        EmbeddedS3Server started = EmbeddedS3Server.start(workDir.resolve(dir), FreePort.find(), accessKey, secretKey);
        synchronized (this) {
            s3 = started;
            s3AccessKey = accessKey;
            s3SecretKey = secretKey;
        }
    }

    /** The server's {@code SPRING_DATASOURCE_*} variables for the database. */
    public Map<String, String> databaseEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(DATABASE));
        env.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        return env;
    }

    /** The server's {@code PLATFORM_OBJECT_STORE_*} variables for the S3 server. */
    public Map<String, String> objectStoreEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PLATFORM_OBJECT_STORE_ENDPOINT", s3.endpoint().toString());
        env.put("PLATFORM_OBJECT_STORE_ACCESS_KEY", s3AccessKey);
        env.put("PLATFORM_OBJECT_STORE_SECRET_KEY", s3SecretKey);
        return env;
    }

    /** A new connection to the database as its owner. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), EmbeddedPostgresServer.USER, "");
    }

    /** A setting as a fresh session of the app's database sees it (to report what was measured). */
    public String setting(String name) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('" + name.replace("'", "") + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Starts the server (unless the stack was stopped meanwhile) and waits until it is healthy. */
    public ChildProcess startChild(String name, Path jar, List<String> jvmOptions, Map<String, String> env,
                                   Path log, int port, Duration timeout) throws Exception {
        ChildProcess started;
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("stopped while starting");
            }
            started = ChildProcess.start(name, jar, jvmOptions, env, List.of(), log, port);
            child = started;
        }
        started.awaitHealthy(timeout);
        return started;
    }

    /** The running server, or null. */
    public synchronized ChildProcess child() {
        return child;
    }

    /** Stops the server, if one runs; the database stays up for the next. */
    public synchronized void stopChild() {
        if (child != null) {
            out.println("Stopping " + child.name() + " ...");
            child.stop();
            child = null;
        }
    }

    /** Stops the server, the S3 server, then PostgreSQL. Safe to call more than once and from a shutdown hook. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopChild();
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
