package cn.gov.egov.objectstore.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;

import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.objectstore.ObjectStoreException;
import cn.gov.egov.objectstore.config.ObjectStoreProperties;

/** {@link ObjectStore} over the MinIO Java client; works with MinIO, S3Proxy and any S3-compatible server. */
public class MinioObjectStore implements ObjectStore {

    private static final long PART_SIZE = 16L * 1024 * 1024;

    private final MinioClient client;
    private final ObjectStoreProperties properties;

    public MinioObjectStore(MinioClient client, ObjectStoreProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    public static MinioObjectStore create(ObjectStoreProperties properties) {
        if (properties.endpoint() == null) {
            throw new ObjectStoreException("platform.object-store.endpoint is not set", null, true);
        }
        MinioClient client = MinioClient.builder()
                .endpoint(properties.endpoint().toString())
                .region(properties.region())
                .credentials(properties.accessKey(), properties.secretKey())
                .build();
        return new MinioObjectStore(client, properties);
    }

    private String bucket() {
        return properties.bucket();
    }

    @Override
    public void ensureBucket() {
        call("check bucket", bucket(), () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket()).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket()).build());
            }
            return null;
        });
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        call("put", key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket()).object(key)
                .stream(content, size, size >= 0 && size < PART_SIZE ? -1 : PART_SIZE)
                .contentType(contentType == null ? "application/octet-stream" : contentType)
                .build()));
    }

    @Override
    public InputStream get(String key) {
        return call("get", key, () -> client.getObject(GetObjectArgs.builder().bucket(bucket()).object(key).build()));
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            StatObjectResponse s = client.statObject(StatObjectArgs.builder().bucket(bucket()).object(key).build());
            return Optional.of(new ObjectInfo(key, s.size(), s.contentType()));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NotFound".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw failure("stat", key, e);
        } catch (Exception e) {
            throw failure("stat", key, e);
        }
    }

    @Override
    public void delete(String key) {
        call("delete", key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket()).object(key).build());
            return null;
        });
    }

    @Override
    public int deletePrefix(String prefix) {
        requirePrefix(prefix);
        List<ObjectInfo> objects = list(prefix);
        for (ObjectInfo o : objects) {
            delete(o.key());
        }
        return objects.size();
    }

    @Override
    public List<ObjectInfo> list(String prefix) {
        requirePrefix(prefix);
        return call("list", prefix, () -> {
            List<ObjectInfo> out = new ArrayList<>();
            for (Result<Item> r : client.listObjects(ListObjectsArgs.builder()
                    .bucket(bucket()).prefix(prefix).recursive(true).build())) {
                Item item = r.get();
                out.add(new ObjectInfo(item.objectName(), item.size(), null));
            }
            return out;
        });
    }

    @Override
    public String presignedGet(String key, Duration lifetime) {
        return presign(Http.Method.GET, key, lifetime);
    }

    @Override
    public String presignedPut(String key, Duration lifetime) {
        return presign(Http.Method.PUT, key, lifetime);
    }

    private String presign(Http.Method method, String key, Duration lifetime) {
        Duration capped = lifetime.compareTo(properties.maxPresignLifetime()) > 0
                ? properties.maxPresignLifetime() : lifetime;
        int seconds = (int) Math.max(1, capped.toSeconds());
        return call("presign", key, () -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(method).bucket(bucket()).object(key).expiry(seconds).build()));
    }

    private static void requirePrefix(String prefix) {
        if (prefix == null || prefix.isBlank() || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must be non-empty and end with '/': " + prefix);
        }
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private <T> T call(String operation, String key, Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw failure(operation, key, e);
        }
    }

    private ObjectStoreException failure(String operation, String key, Exception e) {
        boolean unreachable = isUnreachable(e);
        String what = unreachable
                ? "object store unreachable at " + properties.endpoint()
                : "object store " + operation + " failed";
        return new ObjectStoreException(what + " (bucket " + bucket() + ", key " + key + "): " + e.getMessage(), e,
                unreachable);
    }

    private static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("Failed to connect")) {
                return true;
            }
        }
        return false;
    }
}
