package cn.gov.egov.objectstore.config;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import cn.gov.egov.objectstore.ObjectStore;

/** Health DOWN when the bucket cannot be reached with our credentials. */
public class ObjectStoreHealthIndicator extends AbstractHealthIndicator {

    private final ObjectStore store;

    public ObjectStoreHealthIndicator(ObjectStore store) {
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        store.ensureBucket();
        builder.up();
    }
}
