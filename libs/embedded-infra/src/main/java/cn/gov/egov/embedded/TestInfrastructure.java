package cn.gov.egov.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * One real PostgreSQL and one real S3 server per test JVM, started on first use in a temporary directory and
 * stopped at exit. Integration tests ask for {@link #springProperties()} (e.g. from {@code @DynamicPropertySource}).
 */
public final class TestInfrastructure {

    public static final String DATABASE = "egov";
    public static final String S3_ACCESS_KEY = "test-access-key";
    public static final String S3_SECRET_KEY = "test-secret-key-0123456789";
    public static final String SERVICE_SECRET = "test-service-secret-0123456789-abcdef";

    private static volatile TestInfrastructure instance;

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedS3Server s3;
    private final Path root;

    private TestInfrastructure(Path root, EmbeddedPostgresServer postgres, EmbeddedS3Server s3) {
        this.root = root;
        this.postgres = postgres;
        this.s3 = s3;
    }

    public static TestInfrastructure get() {
        TestInfrastructure i = instance;
        if (i == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    instance = start();
                }
                i = instance;
            }
        }
        return i;
    }

    private static TestInfrastructure start() {
        try {
            Path root = Files.createTempDirectory("egov-test-");
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(root.resolve("postgres"), 0);
            pg.ensureDatabase(DATABASE);
            EmbeddedS3Server s3 = EmbeddedS3Server.start(root.resolve("objects"), 0, S3_ACCESS_KEY, S3_SECRET_KEY);
            TestInfrastructure infra = new TestInfrastructure(root, pg, s3);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stopQuietly, "test-infra-stop"));
            return infra;
        } catch (Exception e) {
            throw new IllegalStateException("could not start test PostgreSQL / S3: " + e.getMessage(), e);
        }
    }

    private void stopQuietly() {
        try {
            s3.close();
        } catch (Exception ignored) {
            // exiting anyway
        }
        try {
            postgres.close();
        } catch (Exception ignored) {
            // exiting anyway
        }
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedS3Server s3() {
        return s3;
    }

    public Path root() {
        return root;
    }

    /** A fresh bucket name, so tests sharing the S3 server do not see each other's objects. */
    public static String uniqueBucket(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Command-line arguments ({@code --key=value}) that start an app against this infrastructure on a free port,
     * with {@code overrides} replacing or adding settings.
     */
    public String[] commandLine(Map<String, String> overrides) {
        Map<String, String> props = new java.util.TreeMap<>(springProperties());
        props.put("server.port", "0");
        props.putAll(overrides);
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** Spring properties that point an app at this infrastructure. */
    public Map<String, String> springProperties() {
        return Map.of(
                "logging.level.org.gaul", "WARN",
                "spring.datasource.url", jdbcUrl(),
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                "spring.datasource.password", "",
                "platform.object-store.endpoint", s3.endpoint().toString(),
                "platform.object-store.access-key", S3_ACCESS_KEY,
                "platform.object-store.secret-key", S3_SECRET_KEY,
                "platform.service-auth.secret", SERVICE_SECRET,
                "platform.data-dir", root.resolve("app-data").toString());
    }
}
