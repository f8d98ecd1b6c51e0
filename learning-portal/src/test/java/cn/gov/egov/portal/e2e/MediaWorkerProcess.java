package cn.gov.egov.portal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.embedded.AppProcess;
import cn.gov.egov.embedded.FreePort;
import cn.gov.egov.embedded.TestInfrastructure;

/**
 * A real media-worker, started from the jar the build made, on the test PostgreSQL and S3 (the same bucket as the
 * portal under test). One per test JVM, stopped at exit.
 */
final class MediaWorkerProcess {

    private static AppProcess process;

    private MediaWorkerProcess() {
    }

    static synchronized String baseUrl() {
        if (process == null) {
            process = start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::stop, "media-worker-stop"));
        }
        return "http://127.0.0.1:" + process.port();
    }

    private static AppProcess start() {
        Path jar = Path.of("").toAbsolutePath().getParent().resolve("media-worker/target/media-worker.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build media-worker first: " + jar);
        }
        TestInfrastructure infra = TestInfrastructure.get();
        int port = FreePort.find();
        Map<String, Object> props = new HashMap<>(infra.springProperties());
        props.put("server.port", port);
        props.put("platform.data-dir", infra.root().resolve("media-worker-data").toString());
        props.put("media.worker.name", "portal-test-worker");
        AppProcess started = null;
        try {
            started = AppProcess.start("media-worker", jar, port, "512m", Map.of("SPRING_APPLICATION_JSON",
                    JsonMapper.builder().build().writeValueAsString(props)), System.out);
            started.awaitHealthy(Duration.ofMinutes(3));
            return started;
        } catch (Exception e) {
            if (started != null) {
                started.stop();
            }
            throw new IllegalStateException("media-worker did not start: " + e.getMessage(), e);
        }
    }
}
