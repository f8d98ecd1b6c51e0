package cn.gov.egov.media.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.embedded.EmbeddedS3Server;
import cn.gov.egov.embedded.FreePort;
import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.media.WorkerApi;
import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;

/**
 * A passing fault for real: the worker's own S3 server is stopped while jobs wait. The job goes back to the queue
 * with the reason and JobRunr retries it with growing pauses; once the server is back the job finishes. A fault that
 * does not pass ends the job after {@code media.max-attempts} with reason TRANSIENT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransientFaultIT {

    private static final int S3_PORT = FreePort.find();
    private static final Path S3_DATA = TestInfrastructure.get().root().resolve("s3-transient-" + S3_PORT);
    private static EmbeddedS3Server s3 = startS3();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties().forEach((k, v) -> registry.add(k, () -> v));
        registry.add("platform.object-store.endpoint", s3::endpoint);
        registry.add("platform.object-store.bucket", () -> "transient");
        registry.add("media.max-attempts", () -> "3");
        registry.add("jobrunr.jobs.retry-back-off-time-seed", () -> "2");
    }

    private static EmbeddedS3Server startS3() {
        try {
            return EmbeddedS3Server.start(S3_DATA, S3_PORT, TestInfrastructure.S3_ACCESS_KEY,
                    TestInfrastructure.S3_SECRET_KEY);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    ObjectStore store;

    private String queueWhileStorageIsDown(String name) throws Exception {
        Path dir = Files.createTempDirectory("transient");
        Path clip = MediaFixtures.make(dir, name, MediaFixtures.picture(320, 240, 25, 3),
                MediaFixtures.tone(3, "stereo"), List.of("-c:v", "libx264", "-c:a", "aac"));
        UUID asset = UUID.randomUUID();
        String key = WorkerApi.putOriginal(store, asset, clip);
        s3.close();
        var r = new WorkerApi(port).submit(asset, key, name);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    @Order(1)
    void aJobWaitsOutAStorageOutageAndFinishes() throws Exception {
        WorkerApi api = new WorkerApi(port);
        String id = queueWhileStorageIsDown("outage.mp4");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode j = api.get("/api/v1/jobs/" + id).json();
            return j.get("attempts").asInt() >= 1 && "TRANSIENT".equals(j.path("reasonCode").asString())
                    && j.get("state").asString().equals("QUEUED");
        });
        assertThat(api.get("/api/v1/jobs/" + id).json().get("reason").asString()).isNotBlank();
        s3 = startS3();
        await().atMost(Duration.ofMinutes(2)).until(() -> api.get("/api/v1/jobs/" + id).json().get("state")
                .asString().matches("SUCCEEDED|FAILED"));
        JsonNode job = api.get("/api/v1/jobs/" + id).json();
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("attempts").asInt()).isBetween(2, 3);
        assertThat(job.get("reasonCode").isNull()).as("the passing fault is forgotten").isTrue();
    }

    @Test
    @Order(2)
    void aFaultThatDoesNotPassEndsTheJobAfterItsAttempts() throws Exception {
        WorkerApi api = new WorkerApi(port);
        String id = queueWhileStorageIsDown("down.mp4");
        await().atMost(Duration.ofMinutes(3)).until(() -> api.get("/api/v1/jobs/" + id).json().get("state")
                .asString().equals("FAILED"));
        JsonNode job = api.get("/api/v1/jobs/" + id).json();
        assertThat(job.get("reasonCode").asString()).isEqualTo("TRANSIENT");
        assertThat(job.get("attempts").asInt()).isEqualTo(3);
        s3 = startS3();
    }
}
