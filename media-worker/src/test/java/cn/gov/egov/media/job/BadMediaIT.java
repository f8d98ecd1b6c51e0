package cn.gov.egov.media.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Every kind of bad upload ends its job with a clear reason, and nothing is lost: the original stays, no partial
 * renditions remain. A file damaged in the middle is transcoded as far as it decodes, as players play it
 * (docs/media.md); one of which too little decodes is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BadMediaIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        WorkerTestInfrastructure.register(registry, "bad");
        registry.add("media.max-input-size", () -> "3MB");
    }

    @LocalServerPort
    int port;
    @Autowired
    ObjectStore store;
    @TempDir
    Path dir;

    @Test
    void eachBadUploadFailsWithItsReasonAndLosesNothing() throws Exception {
        Path mp4 = MediaFixtures.make(dir, "ok.mp4", MediaFixtures.picture(320, 240, 25, 10),
                MediaFixtures.tone(10, "stereo"), List.of("-c:v", "libx264", "-c:a", "aac"));
        Path fast = MediaFixtures.make(dir, "fast.mp4", MediaFixtures.picture(320, 240, 25, 10),
                MediaFixtures.tone(10, "stereo"), List.of("-c:v", "libx264", "-c:a", "aac", "-movflags", "+faststart"));
        byte[] whole = Files.readAllBytes(mp4);
        byte[] fastBytes = Files.readAllBytes(fast);
        byte[] damaged = fastBytes.clone();
        new Random(7).ints(damaged.length / 20L, 0, 256).forEach(new java.util.function.IntConsumer() {
            int at = damaged.length * 2 / 5;

            @Override
            public void accept(int b) {
                damaged[at++] = (byte) b;
            }
        });
        byte[] junk = new byte[3 * 1024 * 1024 + 1];
        new Random(1).nextBytes(junk);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("EMPTY_FILE", new byte[0]);
        files.put("TRUNCATED", java.util.Arrays.copyOf(whole, whole.length * 3 / 5));
        files.put("NOT_MEDIA", "会议纪要：请各单位按时参会。\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        files.put("IMAGE_NOT_VIDEO", Files.readAllBytes(MediaFixtures.make(dir, "photo.png",
                MediaFixtures.picture(640, 360, 25, 1), null, List.of("-frames:v", "1"))));
        files.put("UNDECODABLE", java.util.Arrays.copyOf(fastBytes, fastBytes.length / 2));
        Path flv = MediaFixtures.make(dir, "clip.flv", MediaFixtures.picture(320, 240, 25, 3),
                MediaFixtures.tone(3, "stereo"), List.of("-c:v", "flv1", "-c:a", "libmp3lame", "-ar", "44100"));
        files.put("TOO_LONG", Files.readAllBytes(MediaFixtures.declaredDuration(flv, dir.resolve("long.flv"),
                3_600_000)));
        files.put("TOO_LARGE", junk);
        files.put("SUCCEEDED", damaged);

        WorkerApi api = new WorkerApi(port);
        Map<String, UUID> assets = new LinkedHashMap<>();
        Map<String, String> jobs = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            UUID asset = UUID.randomUUID();
            String key = ObjectKeys.original(asset, "mp4");
            store.put(key, new java.io.ByteArrayInputStream(e.getValue()), e.getValue().length, "video/mp4");
            assets.put(e.getKey(), asset);
            var r = api.submit(asset, key, e.getKey().toLowerCase() + ".mp4");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            jobs.put(e.getKey(), r.json().get("id").asString());
        }
        UUID missing = UUID.randomUUID();
        jobs.put("SOURCE_MISSING", api.submit(missing, ObjectKeys.original(missing, "mp4"), "gone.mp4").json()
                .get("id").asString());

        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> jobs.values().stream()
                .allMatch(id -> api.get("/api/v1/jobs/" + id).json().get("state").asString().matches(
                        "SUCCEEDED|FAILED")));
        for (var e : jobs.entrySet()) {
            JsonNode job = api.get("/api/v1/jobs/" + e.getValue()).json();
            if (e.getKey().equals("SUCCEEDED")) {
                assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
                continue;
            }
            assertThat(job.get("state").asString()).as(e.getKey()).isEqualTo("FAILED");
            assertThat(job.get("reasonCode").asString()).as(job.toString()).isEqualTo(e.getKey());
            assertThat(job.get("reason").asString()).isNotBlank();
            assertThat(job.get("attempts").asInt()).as("bad media is not retried").isEqualTo(1);
            UUID asset = assets.get(e.getKey());
            if (asset != null) {
                assertThat(store.stat(ObjectKeys.original(asset, "mp4"))).as("original kept").isPresent();
                assertThat(store.list(ObjectKeys.renditionsPrefix(asset))).as("no partial outputs").isEmpty();
            }
        }
        assertThat(api.get("/api/v1/jobs/" + jobs.get("UNDECODABLE")).json().get("reason").asString())
                .contains("could be decoded");
        assertThat(api.get("/api/v1/jobs/" + jobs.get("TRUNCATED")).json().get("reason").asString())
                .contains("moov");
    }
}
