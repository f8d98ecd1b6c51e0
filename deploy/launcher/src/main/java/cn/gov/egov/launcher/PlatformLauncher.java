package cn.gov.egov.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.egov.embedded.AppProcess;
import cn.gov.egov.embedded.EmbeddedPostgresServer;
import cn.gov.egov.embedded.EmbeddedS3Server;
import cn.gov.egov.embedded.FreePort;

/**
 * The embedded default: starts a real PostgreSQL and an S3-compatible server with all data under one directory,
 * then the three apps as child processes pointed at them, and stops everything on Ctrl-C.
 */
public final class PlatformLauncher {

    static final String DATABASE = "egov";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final LauncherSettings settings;
    private final PrintStream out;
    private final List<AppProcess> apps = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedS3Server s3;
    private volatile boolean stopping;

    PlatformLauncher(LauncherSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        PlatformLauncher launcher;
        try {
            launcher = new PlatformLauncher(LauncherSettings.fromEnvironment(System.getenv(), Path.of("")), out);
        } catch (LauncherException e) {
            System.err.println("ERROR / 启动失败: " + e.getMessage());
            System.exit(1);
            return;
        }
        // registered first, so that whatever start() got running is stopped again on any exit
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "platform-stop"));
        try {
            launcher.start();
        } catch (LauncherException e) {
            System.err.println("ERROR / 启动失败: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("ERROR / 启动失败: " + e);
            System.exit(1);
        }
        launcher.watch();
    }

    void start() throws Exception {
        checkPorts();
        out.println("数据目录 / All data lives under: " + settings.dataDir());
        DevSecrets secrets = DevSecrets.loadOrCreate(settings.dataDir());

        out.println("Starting PostgreSQL on 127.0.0.1:" + settings.postgresPort() + " ...");
        postgres = EmbeddedPostgresServer.start(settings.dataDir().resolve("postgres"), settings.postgresPort());
        postgres.ensureDatabase(DATABASE);

        out.println("Starting the S3-compatible object store on 127.0.0.1:" + settings.s3Port() + " ...");
        s3 = EmbeddedS3Server.start(settings.dataDir().resolve("objects"), settings.s3Port(),
                secrets.s3AccessKey(), secrets.s3SecretKey());

        Map<String, String> common = commonEnvironment(secrets);
        startApp("conference-server", settings.conferencePort(), "768m", common);
        startApp("media-worker", settings.workerPort(), "1g", common);
        startApp("learning-portal", settings.portalPort(), "1g", common);
        for (AppProcess app : apps) {
            try {
                app.awaitHealthy(START_TIMEOUT);
            } catch (IllegalStateException e) {
                throw new LauncherException(e.getMessage());
            }
        }
        out.println();
        out.println("==================================================================");
        out.println(" 平台已启动 / The platform is up");
        out.println("   学习门户 Portal:            http://localhost:" + settings.portalPort());
        out.println("   会议服务 Conference server: http://localhost:" + settings.conferencePort()
                + "/actuator/health");
        out.println("   媒体处理 Media worker:      http://localhost:" + settings.workerPort() + "/actuator/health");
        out.println("   演示账号 Demo accounts:     " + settings.dataDir().resolve("demo-users.txt"));
        out.println("   按 Ctrl-C 停止 / Press Ctrl-C to stop");
        out.println("==================================================================");
    }

    Map<String, String> commonEnvironment(DevSecrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "dev");
        env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(DATABASE));
        env.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("PLATFORM_DATA_DIR", settings.dataDir().toString());
        env.put("PLATFORM_SERVICE_AUTH_SECRET", secrets.serviceSecret());
        env.put("PLATFORM_OBJECT_STORE_ENDPOINT", s3.endpoint().toString());
        env.put("PLATFORM_OBJECT_STORE_ACCESS_KEY", secrets.s3AccessKey());
        env.put("PLATFORM_OBJECT_STORE_SECRET_KEY", secrets.s3SecretKey());
        env.put("PORTAL_PORT", String.valueOf(settings.portalPort()));
        env.put("CONFERENCE_PORT", String.valueOf(settings.conferencePort()));
        env.put("MEDIA_WORKER_PORT", String.valueOf(settings.workerPort()));
        env.put("PORTAL_CONFERENCE_SERVER_BASE_URL", "http://127.0.0.1:" + settings.conferencePort());
        env.put("PORTAL_MEDIA_WORKER_URL", "http://127.0.0.1:" + settings.workerPort());
        return env;
    }

    private void startApp(String name, int port, String heap, Map<String, String> common) throws Exception {
        out.println("Starting " + name + " on port " + port + " ...");
        apps.add(AppProcess.start(name, settings.jar(name), port, heap, new HashMap<>(common), out));
    }

    private void checkPorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(settings.postgresPort(), LauncherSettings.POSTGRES_PORT);
        ports.put(settings.s3Port(), LauncherSettings.S3_PORT);
        ports.put(settings.portalPort(), LauncherSettings.PORTAL_PORT);
        ports.put(settings.conferencePort(), LauncherSettings.CONFERENCE_PORT);
        ports.put(settings.workerPort(), LauncherSettings.WORKER_PORT);
        if (ports.size() < 5) {
            throw new LauncherException("two services are set to the same port: " + settings);
        }
        ports.forEach((port, variable) -> {
            if (!FreePort.isFree(port)) {
                throw new LauncherException("端口 " + port + " 已被占用 / port " + port
                        + " is already in use: stop what uses it, or set " + variable + " to a free port");
            }
        });
    }

    /** Blocks until an app dies (then exits, which stops everything) or the JVM is asked to stop. */
    private void watch() throws InterruptedException {
        while (!stopping) {
            for (AppProcess app : List.copyOf(apps)) {
                if (!stopping && !app.isAlive()) {
                    out.println(app.name() + " has stopped; stopping the platform.");
                    System.exit(1);
                }
            }
            Thread.sleep(1000);
        }
    }

    synchronized void stop() {
        stopping = true;
        out.println("Stopping the platform ...");
        apps.forEach(AppProcess::requestStop);
        apps.forEach(AppProcess::stop);
        apps.clear();
        try {
            if (s3 != null) {
                s3.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (Exception e) {
            out.println("while stopping: " + e.getMessage());
        }
        out.println("Stopped. Data kept in " + settings.dataDir());
    }
}
