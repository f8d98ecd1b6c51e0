package cn.gov.egov.bench.portal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.egov.bench.support.ChildProcess;
import cn.gov.egov.bench.support.LocalStack;
import cn.gov.egov.embedded.FreePort;

/**
 * What the benchmark runs against: a real PostgreSQL, the embedded S3 server (the portal checks its object store at
 * start-up; the heartbeat path does not use it) and learning-portal as a child process (default profile, not
 * {@code dev}: no demo data), all under one temporary directory. No conference-server or media worker.
 * {@link #stop()} is idempotent.
 */
final class PortalStack {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final LocalStack local;
    private final PrintStream out;

    PortalStack(Path workDir, PrintStream out) {
        this.local = new LocalStack(workDir, out);
        this.out = out;
    }

    void start(Path portalJar, boolean synchronousCommit, List<String> jvmArgs) throws Exception {
        Path jar = local.copyJar(portalJar, "learning-portal.jar");
        local.startPostgres();
        // the embedded server runs with synchronous_commit=off for tests; production commits are synchronous
        local.synchronousCommit(synchronousCommit);
        int port = FreePort.find();
        Path dataDir = Files.createDirectories(local.workDir().resolve("data"));
        Map<String, String> env = new LinkedHashMap<>(local.databaseEnv());
        env.put("PLATFORM_SERVICE_AUTH_SECRET", randomSecret());
        env.put("PLATFORM_DATA_DIR", dataDir.toString());
        env.put("PORTAL_PORT", String.valueOf(port));
        local.startS3("objects", "bench", randomSecret());
        env.putAll(local.objectStoreEnv());
        // nothing listens there: the heartbeat path calls neither
        env.put("PORTAL_CONFERENCE_SERVER_BASE_URL", "http://127.0.0.1:1");
        env.put("PORTAL_MEDIA_WORKER_URL", "http://127.0.0.1:1");
        Path log = local.workDir().resolve("learning-portal.log");
        out.println("Starting learning-portal on port " + port + " (log: " + log + ") ...");
        // the launcher's heap for the portal
        local.startChild("learning-portal", jar, ChildProcess.jvmOptions("1g", jvmArgs), env, log, port,
                START_TIMEOUT);
    }

    ChildProcess portal() {
        return local.child();
    }

    /** A connection to the portal's database, schema {@code portal} first on the search path. */
    Connection connection() throws SQLException {
        Connection c = local.connect();
        try (Statement s = c.createStatement()) {
            s.execute("set search_path = portal, public");
        }
        return c;
    }

    String setting(String name) throws SQLException {
        return local.setting(name);
    }

    void stop() {
        local.stop();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
