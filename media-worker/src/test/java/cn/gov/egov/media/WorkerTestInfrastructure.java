package cn.gov.egov.media;

import org.springframework.test.context.DynamicPropertyRegistry;

import cn.gov.egov.embedded.TestInfrastructure;

/** Points a worker test at the test JVM's PostgreSQL and S3 server, with a bucket of its own. */
public final class WorkerTestInfrastructure {

    private WorkerTestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, String bucketPrefix) {
        TestInfrastructure.get().springProperties().forEach((k, v) -> registry.add(k, () -> v));
        registry.add("platform.object-store.bucket", () -> TestInfrastructure.uniqueBucket(bucketPrefix));
    }
}
