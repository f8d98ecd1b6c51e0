package cn.gov.egov.objectstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.objectstore.config.ObjectStoreProperties;
import cn.gov.egov.objectstore.internal.MinioObjectStore;

/** The MinIO client over HTTP against a real S3 server (S3Proxy with files on disk). */
class MinioObjectStoreIT {

    private final TestInfrastructure infra = TestInfrastructure.get();
    private final HttpClient http = HttpClient.newHttpClient();
    private ObjectStore store;

    @BeforeEach
    void setUp() {
        store = storeFor(infra.s3().endpoint(), TestInfrastructure.S3_SECRET_KEY,
                TestInfrastructure.uniqueBucket("it"));
        store.ensureBucket();
    }

    private static ObjectStore storeFor(URI endpoint, String secret, String bucket) {
        return MinioObjectStore.create(new ObjectStoreProperties(endpoint, TestInfrastructure.S3_ACCESS_KEY,
                secret, bucket, "us-east-1", Duration.ofMinutes(15), true));
    }

    @Test
    void putGetStatListAndDeleteRoundTrip() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(data);
        UUID asset = UUID.randomUUID();
        String key = ObjectKeys.renditionFile(asset, "720p", "segment-00001.ts");
        store.put(key, new ByteArrayInputStream(data), data.length, "video/mp2t");

        try (InputStream in = store.get(key)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(store.stat(key)).get().extracting(ObjectStore.ObjectInfo::size).isEqualTo((long) data.length);
        assertThat(store.list(ObjectKeys.renditionsPrefix(asset))).extracting(ObjectStore.ObjectInfo::key)
                .containsExactly(key);

        assertThat(store.deletePrefix(ObjectKeys.renditionsPrefix(asset))).isEqualTo(1);
        assertThat(store.stat(key)).isEmpty();
    }

    @Test
    void largeUploadOfUnknownSizeStreamsInParts() throws Exception {
        byte[] data = new byte[40 * 1024 * 1024];
        new Random(3).nextBytes(data);
        String key = ObjectKeys.original(UUID.randomUUID(), "mp4");
        store.put(key, new ByteArrayInputStream(data), -1, "video/mp4");
        assertThat(store.stat(key)).get().extracting(ObjectStore.ObjectInfo::size).isEqualTo((long) data.length);
    }

    @Test
    void presignedUrlsWorkForABrowserWithoutCredentials() throws Exception {
        String key = ObjectKeys.original(UUID.randomUUID(), "txt");
        String putUrl = store.presignedPut(key, Duration.ofMinutes(1));
        var put = http.send(HttpRequest.newBuilder(URI.create(putUrl))
                .PUT(HttpRequest.BodyPublishers.ofString("你好, county office")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);

        String getUrl = store.presignedGet(key, Duration.ofMinutes(1));
        var get = http.send(HttpRequest.newBuilder(URI.create(getUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo("你好, county office");

        var tampered = http.send(HttpRequest.newBuilder(URI.create(getUrl.replace(key, key + "x"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tampered.statusCode()).isEqualTo(403);
    }

    @Test
    void presignedLifetimeIsCappedByConfiguration() {
        String url = store.presignedGet(ObjectKeys.original(UUID.randomUUID(), "mp4"), Duration.ofDays(7));
        assertThat(url).contains("X-Amz-Expires=900");
    }

    @Test
    void missingObjectAndWrongCredentialsAreClearErrors() {
        assertThat(store.stat("originals/none/original.mp4")).isEmpty();
        assertThatThrownBy(() -> store.get("originals/none/original.mp4").close())
                .isInstanceOf(ObjectStoreException.class).hasMessageContaining("get failed");

        ObjectStore wrongKey = storeFor(infra.s3().endpoint(), "wrong-secret-wrong-secret", "it-bucket");
        assertThatThrownBy(wrongKey::ensureBucket).isInstanceOf(ObjectStoreException.class)
                .satisfies(e -> assertThat(((ObjectStoreException) e).unreachable()).isFalse());
    }

    @Test
    void unreachableStoreSaysSo() {
        ObjectStore nowhere = storeFor(URI.create("http://127.0.0.1:1"), "whatever-secret", "nowhere-bucket");
        assertThatThrownBy(nowhere::ensureBucket).isInstanceOf(ObjectStoreException.class)
                .hasMessageContaining("unreachable at http://127.0.0.1:1")
                .satisfies(e -> assertThat(((ObjectStoreException) e).unreachable()).isTrue());
    }
}
