package cn.gov.egov.objectstore.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import cn.gov.egov.objectstore.ObjectStoreException;

/** One clear line naming the settings when the object store cannot be used at start-up. */
public class ObjectStoreUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<ObjectStoreException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ObjectStoreException cause) {
        return new FailureAnalysis(
                "Object store unusable / 无法使用对象存储: " + cause.getMessage(),
                "Check that MinIO (or the S3 server) runs and set platform.object-store.endpoint, access-key, "
                        + "secret-key and bucket (env PLATFORM_OBJECT_STORE_ENDPOINT, PLATFORM_OBJECT_STORE_ACCESS_KEY, "
                        + "PLATFORM_OBJECT_STORE_SECRET_KEY, PLATFORM_OBJECT_STORE_BUCKET).",
                cause);
    }
}
