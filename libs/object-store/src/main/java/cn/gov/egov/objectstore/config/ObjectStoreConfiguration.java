package cn.gov.egov.objectstore.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.objectstore.internal.MinioObjectStore;

/** An {@link ObjectStore} bean when {@code platform.object-store.endpoint} is set; checked at start-up. */
@AutoConfiguration
@EnableConfigurationProperties(ObjectStoreProperties.class)
@ConditionalOnProperty(prefix = "platform.object-store", name = "endpoint")
public class ObjectStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ObjectStoreConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public ObjectStore objectStore(ObjectStoreProperties properties) {
        MinioObjectStore store = MinioObjectStore.create(properties);
        if (properties.checkOnStartup()) {
            store.ensureBucket();
            log.info("Object store ready: {} bucket {}", properties.endpoint(), properties.bucket());
        }
        return store;
    }

    @Bean
    @ConditionalOnMissingBean(name = "objectStoreHealthIndicator")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(
            name = "org.springframework.boot.health.contributor.HealthIndicator")
    public ObjectStoreHealthIndicator objectStoreHealthIndicator(ObjectStore store) {
        return new ObjectStoreHealthIndicator(store);
    }
}
