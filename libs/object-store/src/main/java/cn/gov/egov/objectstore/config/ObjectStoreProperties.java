package cn.gov.egov.objectstore.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Connection to the S3-compatible store (env {@code PLATFORM_OBJECT_STORE_ENDPOINT}, {@code ..._ACCESS_KEY},
 * {@code ..._SECRET_KEY}, {@code ..._BUCKET}).
 *
 * @param maxPresignLifetime presigned URLs never live longer than this, whatever a caller asks
 */
@ConfigurationProperties("platform.object-store")
public record ObjectStoreProperties(
        URI endpoint,
        String accessKey,
        String secretKey,
        @DefaultValue("egov-media") String bucket,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("PT15M") Duration maxPresignLifetime,
        @DefaultValue("true") boolean checkOnStartup) {
}
