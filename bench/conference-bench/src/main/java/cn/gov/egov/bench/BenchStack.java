package cn.gov.egov.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Base64;

import cn.gov.egov.bench.support.ChildProcess;
import cn.gov.egov.bench.support.LocalStack;
import cn.gov.egov.embedded.FreePort;

/**
 * What the benchmark runs against: a real PostgreSQL and conference-server as a child process, both under one
 * temporary directory. {@link #stop()} is idempotent, so both the shutdown hook and {@code finally} may call it.
 */
final class BenchStack {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final LocalStack local;
    private final PrintStream out;
    private final String serviceSecret = randomSecret();

    BenchStack(Path workDir, PrintStream out) {
        this.local = new LocalStack(workDir, out);
        this.out = out;
    }

    /** Starts PostgreSQL, then a private copy of {@code serverJar}, and waits until the server is healthy. */
    void start(Path serverJar, boolean synchronousCommit) throws Exception {
        start(serverJar, synchronousCommit, Map.of());
    }

    /** As {@link #start(Path, boolean)}, with more environment variables for the server (settings of a run). */
    void start(Path serverJar, boolean synchronousCommit, Map<String, String> extraEnv) throws Exception {
        Path jar = local.copyJar(serverJar, "conference-server.jar");
        local.startPostgres();
        local.synchronousCommit(synchronousCommit);

        int port = FreePort.find();
        Path dataDir = Files.createDirectories(local.workDir().resolve("data"));
        Map<String, String> env = new LinkedHashMap<>(local.databaseEnv());
        env.put("PLATFORM_SERVICE_AUTH_SECRET", serviceSecret);
        env.put("PLATFORM_DATA_DIR", dataDir.toString());
        env.put("CONFERENCE_PORT", String.valueOf(port));
        env.putAll(extraEnv);
        Path log = local.workDir().resolve("conference-server.log");
        out.println("Starting conference-server on port " + port + " (log: " + log + ") ...");
        local.startChild("conference-server", jar, ChildProcess.jvmOptions("768m", List.of()), env, log, port,
                START_TIMEOUT);
    }

    ChildProcess server() {
        return local.child();
    }

    String serviceSecret() {
        return serviceSecret;
    }

    /** A setting as a fresh session of the app's database sees it (to report what was measured). */
    String databaseSetting(String name) throws SQLException {
        return local.setting(name);
    }

    /** Row count of a table in schema {@code conference}, for the report (read only). */
    long countRows(String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection c = local.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from conference." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String postgresVersion() throws SQLException {
        return databaseSetting("server_version");
    }

    /** Stops the server, then PostgreSQL. Safe to call more than once and from a shutdown hook. */
    void stop() {
        local.stop();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes); // 43 characters
    }
}
