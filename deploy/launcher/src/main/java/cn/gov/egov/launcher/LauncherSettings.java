package cn.gov.egov.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded platform keeps its data and which ports it uses, from environment variables with defaults.
 * Plain values so tests can build one by hand.
 */
public record LauncherSettings(Path dataDir, Path appsDir, int postgresPort, int s3Port, int portalPort,
                               int conferencePort, int workerPort) {

    public static final String DATA_DIR = "EGOV_DATA_DIR";
    public static final String APPS_DIR = "EGOV_APPS_DIR";
    public static final String POSTGRES_PORT = "EGOV_POSTGRES_PORT";
    public static final String S3_PORT = "EGOV_S3_PORT";
    public static final String PORTAL_PORT = "PORTAL_PORT";
    public static final String CONFERENCE_PORT = "CONFERENCE_PORT";
    public static final String WORKER_PORT = "MEDIA_WORKER_PORT";

    public static LauncherSettings fromEnvironment(Map<String, String> env, Path workingDir) {
        Path data = Path.of(env.getOrDefault(DATA_DIR, workingDir.resolve("data").toString())).toAbsolutePath();
        Path apps = env.containsKey(APPS_DIR) ? Path.of(env.get(APPS_DIR)) : workingDir;
        return new LauncherSettings(data.normalize(), apps.toAbsolutePath().normalize(),
                port(env, POSTGRES_PORT, 5433), port(env, S3_PORT, 9000), port(env, PORTAL_PORT, 8080),
                port(env, CONFERENCE_PORT, 8081), port(env, WORKER_PORT, 8082));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LauncherException(name + "=" + value + " is not a port number (1-65535)");
        }
    }

    /** The runnable jar of one app, as the Maven build leaves it. */
    public Path jar(String app) {
        Path jar = appsDir.resolve(app).resolve("target").resolve(app + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException("cannot find " + jar + ": build first (./platform run does), or set "
                    + APPS_DIR + " to the repository root");
        }
        return jar;
    }
}
