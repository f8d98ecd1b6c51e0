package cn.gov.egov.media.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.media.WorkerApi;
import cn.gov.egov.media.WorkerTestInfrastructure;
import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;

/**
 * A job through the worker's API on real PostgreSQL, a real S3 server and real FFmpeg: the original goes in, an
 * HLS ladder with poster and thumbnails comes out, with progress on the way; bad requests are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TranscodeJobIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        WorkerTestInfrastructure.register(registry, "jobs");
        registry.add("jobrunr.background-job-server.poll-interval-in-seconds", () -> "5");
        // progress is written often enough for the test to see it between 0 and 100 on a fast machine
        registry.add("media.heartbeat", () -> "300ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    ObjectStore store;
    @TempDir
    Path dir;

    @Test
    void anUploadBecomesAnHlsLadderWithPictures() throws Exception {
        UUID asset = UUID.randomUUID();
        Path clip = MediaFixtures.make(dir, "lecture.mp4", MediaFixtures.picture(1280, 720, 25, 12),
                MediaFixtures.tone(12, "stereo"), List.of("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"));
        String key = WorkerApi.putOriginal(store, asset, clip);
        WorkerApi api = new WorkerApi(port);
        var created = api.submit(asset, key, "第一讲 依法行政.mp4");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.submit(asset, key, "again.mp4").json().get("id").asString()).as("same active job").isEqualTo(id);

        List<Integer> seen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode j = api.get("/api/v1/jobs/" + id).json();
            seen.add(j.get("progressPercent").asInt());
            return j.get("state").asString().equals("SUCCEEDED") || j.get("state").asString().equals("FAILED");
        });
        JsonNode job = api.get("/api/v1/jobs/" + id).json();
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("progressPercent").asInt()).isEqualTo(100);
        assertThat(seen).as("progress seen while running").anyMatch(p -> p > 0 && p < 100);
        assertThat(job.get("probe").get("video").get("width").asInt()).isEqualTo(1280);
        JsonNode outputs = job.get("outputs");
        assertThat(outputs.get("master").asString()).isEqualTo(ObjectKeys.renditionRoot(asset, "master.m3u8"));
        List<String> names = new ArrayList<>();
        outputs.get("renditions").forEach(r -> names.add(r.get("name").asString()));
        assertThat(names).containsExactly("720p", "480p", "360p", "audio");

        Path copy = download(asset);
        assertThat(Files.readString(copy.resolve("master.m3u8"))).contains("RESOLUTION=1280x720")
                .contains("720p/index.m3u8").contains("audio/index.m3u8").doesNotContain("1080p");
        String probed = MediaFixtures.ffprobe(copy.resolve("480p/index.m3u8"));
        assertThat(probed).contains("\"width\": 854").contains("\"codec_name\": \"aac\"");
        assertThat(Files.size(copy.resolve("images/poster.jpg"))).isGreaterThan(2_000);
        assertThat(Files.readString(copy.resolve("images/thumbs.vtt"))).startsWith("WEBVTT")
                .contains("thumbs.jpg#xywh=0,0,160,90");
        assertThat(Files.exists(store.stat(key).map(i -> copy).orElseThrow())).as("original kept").isTrue();

        int objects = store.list(ObjectKeys.renditionsPrefix(asset)).size();
        var rerun = api.submit(asset, key, "第一讲 依法行政.mp4");
        assertThat(rerun.status()).isEqualTo(201);
        String second = rerun.json().get("id").asString();
        await().atMost(Duration.ofMinutes(3)).until(() -> api.get("/api/v1/jobs/" + second).json().get("state")
                .asString().equals("SUCCEEDED"));
        assertThat(store.list(ObjectKeys.renditionsPrefix(asset))).as("a re-run leaves the same objects")
                .hasSize(objects);
    }

    @Test
    void aRunningJobCanBeCancelledAndLeavesNothing() throws Exception {
        UUID asset = UUID.randomUUID();
        Path clip = MediaFixtures.make(dir, "long.mp4", MediaFixtures.picture(1280, 720, 25, 60),
                MediaFixtures.tone(60, "stereo"), List.of("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"));
        String key = WorkerApi.putOriginal(store, asset, clip);
        WorkerApi api = new WorkerApi(port);
        String id = api.submit(asset, key, "long.mp4").json().get("id").asString();
        await().atMost(Duration.ofMinutes(2)).until(() -> api.get("/api/v1/jobs/" + id).json()
                .get("progressPercent").asInt() >= 10);
        JsonNode running = api.get("/api/v1/jobs/" + id).json();
        assertThat(running.get("etaSeconds").asInt()).as("an estimate while running").isPositive();
        var cancel = api.post("/api/v1/jobs/" + id + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/jobs/" + id).json().get("state")
                .asString().equals("CANCELLED"));
        assertThat(store.list(ObjectKeys.renditionsPrefix(asset))).isEmpty();
        assertThat(store.stat(key)).as("original kept").isPresent();
        assertThat(api.post("/api/v1/jobs/" + UUID.randomUUID() + "/cancel", "").status()).isEqualTo(404);
    }

    @Test
    void badRequestsAreRefusedAndNothingIsQueued() {
        WorkerApi api = new WorkerApi(port);
        UUID asset = UUID.randomUUID();
        String key = ObjectKeys.original(asset, "mp4");
        assertThat(api.submit(asset, key, "../../etc/passwd").code()).isEqualTo("invalid-input");
        var control = api.submit(asset, key, "a\u0000b.mp4");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("filename.control-characters");
        assertThat(api.submit(asset, key, "x".repeat(256) + ".mp4").body()).contains("filename.too-long");
        assertThat(api.submit(asset, "originals/" + UUID.randomUUID() + "/original.mp4", "a.mp4").body())
                .contains("source-key.malformed");
        var junk = api.post("/api/v1/jobs", "{\"assetId\": ");
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.code()).isEqualTo("malformed-request");
        assertThat(api.get("/api/v1/jobs?assetId=" + asset).json()).isEmpty();
        assertThat(api.get("/api/v1/jobs/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private Path download(UUID asset) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        String prefix = ObjectKeys.renditionsPrefix(asset);
        for (ObjectStore.ObjectInfo o : store.list(prefix)) {
            Path target = copy.resolve(o.key().substring(prefix.length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = store.get(o.key())) {
                Files.copy(in, target);
            }
        }
        return copy;
    }
}
