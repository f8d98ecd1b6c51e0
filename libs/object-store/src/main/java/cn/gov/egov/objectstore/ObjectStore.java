package cn.gov.egov.objectstore;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The platform's seam to S3-compatible storage (MinIO in production, S3Proxy in the embedded default).
 * Keys come from {@link ObjectKeys}; every failure surfaces as an {@link ObjectStoreException}.
 */
public interface ObjectStore {

    /** Creates the configured bucket when it does not exist; proves the store is reachable with our keys. */
    void ensureBucket();

    /** Streams {@code size} bytes (or unknown size, -1) to {@code key}; never buffers the whole object. */
    void put(String key, InputStream content, long size, String contentType);

    /** Opens the object for reading; the caller closes the stream. */
    InputStream get(String key);

    Optional<ObjectInfo> stat(String key);

    void delete(String key);

    /** Deletes every object under {@code prefix} (e.g. a failed job's partial outputs). Returns how many. */
    int deletePrefix(String prefix);

    List<ObjectInfo> list(String prefix);

    /** A short-lived URL that lets a browser GET the object directly; the lifetime is capped by configuration. */
    String presignedGet(String key, Duration lifetime);

    /** A short-lived URL that lets a browser PUT the object directly. */
    String presignedPut(String key, Duration lifetime);

    record ObjectInfo(String key, long size, String contentType) {
    }
}
