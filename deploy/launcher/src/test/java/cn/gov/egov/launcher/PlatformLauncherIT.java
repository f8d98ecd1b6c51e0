package cn.gov.egov.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.egov.embedded.FreePort;
import cn.gov.egov.platform.security.ServiceTokens;

/**
 * README command 1 as a test: the embedded default brings PostgreSQL, S3 and the three built app jars up to
 * health UP, serves the portal's log-in page, and keeps its data across a restart.
 */
class PlatformLauncherIT {

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private LauncherSettings settings() {
        Path repo = Path.of("").toAbsolutePath().getParent().getParent();
        return new LauncherSettings(data, repo, FreePort.find(), FreePort.find(), FreePort.find(), FreePort.find(),
                FreePort.find());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void wholePlatformStartsAndKeepsItsDataAcrossARestart() throws Exception {
        LauncherSettings settings = settings();
        PlatformLauncher first = new PlatformLauncher(settings, new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            first.start();
            for (int port : new int[] {settings.portalPort(), settings.conferencePort(), settings.workerPort()}) {
                assertThat(get("http://127.0.0.1:" + port + "/actuator/health").body()).contains("\"UP\"");
            }
            // the apps share the generated service secret: a token minted with it opens conference-server's API
            DevSecrets secrets = DevSecrets.loadOrCreate(data);
            String token = new ServiceTokens(secrets.serviceSecret(), Duration.ofMinutes(5), Clock.systemUTC())
                    .issue("learning-portal", new ServiceTokens.Actor("region-admin", "REGION_ADMIN", "530100"));
            var rooms = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + settings.conferencePort()
                    + "/api/v1/rooms?region=530100")).header("Authorization", "Service " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rooms.statusCode()).isEqualTo(200);
            assertThat(rooms.body()).contains("昆明市政府视频会议室", "五华区政府视频会议室", "\"total\":2");

            var login = get("http://127.0.0.1:" + settings.portalPort() + "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(Files.readString(data.resolve("demo-users.txt"))).contains("learner", "sysadmin");
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("平台已启动 / The platform is up");
        } finally {
            first.stop();
        }
        String users = Files.readString(data.resolve("demo-users.txt"));

        PlatformLauncher second = new PlatformLauncher(settings, new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            second.start();
            assertThat(Files.readString(data.resolve("demo-users.txt"))).isEqualTo(users);
            try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + settings.postgresPort()
                    + "/egov", "postgres", "")) {
                var rs = c.createStatement().executeQuery(
                        "select (select count(*) from portal.app_user), (select count(*) from conference.meeting_room)");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
                assertThat(rs.getInt(2)).isEqualTo(7);
            }
        } finally {
            second.stop();
        }
    }

    @Test
    void portInUseIsOneClearLineNamingTheVariable() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            LauncherSettings s = settings();
            LauncherSettings clash = new LauncherSettings(s.dataDir(), s.appsDir(), s.postgresPort(), s.s3Port(),
                    taken.getLocalPort(), s.conferencePort(), s.workerPort());
            assertThatThrownBy(() -> new PlatformLauncher(clash, new PrintStream(log)).start())
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("PORTAL_PORT");
        }
    }
}
