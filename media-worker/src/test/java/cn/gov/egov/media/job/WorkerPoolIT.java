package cn.gov.egov.media.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.embedded.AppProcess;
import cn.gov.egov.embedded.FreePort;
import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.media.WorkerApi;
import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.objectstore.config.ObjectStoreProperties;
import cn.gov.egov.objectstore.internal.MinioObjectStore;

/**
 * Two real worker processes (the jar the build made) share one queue on one PostgreSQL and one S3: ten jobs are
 * each done exactly once, and a worker killed with SIGKILL in the middle of a job loses nothing: the other worker
 * takes the job up and finishes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerPoolIT {

    private static final String BUCKET = TestInfrastructure.uniqueBucket("pool");
    private static final List<AppProcess> WORKERS = new ArrayList<>();
    private static ObjectStore store;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startWorkers() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        store = MinioObjectStore.create(new ObjectStoreProperties(infra.s3().endpoint(),
                TestInfrastructure.S3_ACCESS_KEY, TestInfrastructure.S3_SECRET_KEY, BUCKET, "us-east-1",
                Duration.ofMinutes(15), true));
        store.ensureBucket();
        Path jar = Path.of("target/media-worker.jar").toAbsolutePath();
        for (String name : List.of("worker-a", "worker-b")) {
            int port = FreePort.find();
            Map<String, String> props = new HashMap<>(infra.springProperties());
            props.put("platform.object-store.bucket", BUCKET);
            props.put("platform.data-dir", dir.resolve(name).toString());
            props.put("media.worker.name", name);
            props.put("server.port", String.valueOf(port));
            Map<String, String> env = Map.of("SPRING_APPLICATION_JSON", JsonMapper.builder().build()
                    .writeValueAsString(props));
            WORKERS.add(AppProcess.start(name, jar, port, "512m", env, System.out));
        }
        for (AppProcess w : WORKERS) {
            w.awaitHealthy(Duration.ofMinutes(2));
        }
    }

    @AfterAll
    static void stopWorkers() {
        WORKERS.forEach(AppProcess::stop);
    }

    private static String submit(WorkerApi api, Path clip) throws Exception {
        UUID asset = UUID.randomUUID();
        String key = WorkerApi.putOriginal(store, asset, clip);
        var r = api.submit(asset, key, clip.getFileName().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    @Order(1)
    void twoWorkersShareTenJobsAndNoneIsDoneTwice() throws Exception {
        Path clip = MediaFixtures.make(dir, "short.mp4", MediaFixtures.picture(320, 240, 25, 4),
                MediaFixtures.tone(4, "stereo"), List.of("-c:v", "libx264", "-c:a", "aac"));
        WorkerApi api = new WorkerApi(WORKERS.getFirst().port());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(submit(api, clip));
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> ids.stream()
                .allMatch(id -> api.get("/api/v1/jobs/" + id).json().get("state").asString().equals("SUCCEEDED")));
        Set<String> workers = new HashSet<>();
        for (String id : ids) {
            JsonNode job = api.get("/api/v1/jobs/" + id).json();
            assertThat(job.get("attempts").asInt()).as("run once: " + job).isEqualTo(1);
            workers.add(job.get("worker").asString());
        }
        assertThat(workers).as("both workers took jobs").containsExactlyInAnyOrder("worker-a", "worker-b");
    }

    @Test
    @Order(2)
    void aWorkerKilledMidJobLosesNothing() throws Exception {
        Path clip = MediaFixtures.make(dir, "long.mp4", MediaFixtures.picture(1280, 720, 25, 40),
                MediaFixtures.tone(40, "stereo"), List.of("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"));
        WorkerApi api = new WorkerApi(WORKERS.getFirst().port());
        String id = submit(api, clip);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode j = api.get("/api/v1/jobs/" + id).json();
            return j.get("state").asString().equals("RUNNING") && j.get("progressPercent").asInt() >= 10;
        });
        String first = workerOf(api, id);
        AppProcess victim = WORKERS.stream().filter(w -> w.name().equals(first)).findFirst().orElseThrow();
        AppProcess survivor = WORKERS.stream().filter(w -> !w.name().equals(first)).findFirst().orElseThrow();
        victim.kill();
        WorkerApi other = new WorkerApi(survivor.port());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> other
                .get("/api/v1/jobs/" + id).json().get("state").asString().matches("SUCCEEDED|FAILED"));
        JsonNode job = other.get("/api/v1/jobs/" + id).json();
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("attempts").asInt()).isEqualTo(2);
        assertThat(workerOf(other, id)).isEqualTo(survivor.name());
        UUID asset = UUID.fromString(job.get("assetId").asString());
        assertThat(store.stat(ObjectKeys.renditionRoot(asset, "master.m3u8"))).isPresent();
        assertThat(store.stat(job.path("outputs").path("poster").asString())).isPresent();
    }

    private static String workerOf(WorkerApi api, String id) {
        return api.get("/api/v1/jobs/" + id).json().path("worker").asString();
    }
}
