package cn.gov.egov.portal.media;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The media library's settings (portal.media.*).
 *
 * @param workerUrl      any media worker (behind a load balancer in production)
 * @param maxUploadSize  larger uploads are refused (the worker has its own limit too)
 * @param segmentLinkLifetime how long a presigned link to one segment or picture lives; players fetch each segment
 *                       through a fresh link, so this can be short
 */
@ConfigurationProperties("portal.media")
public record MediaWorkerProperties(
        @DefaultValue("http://127.0.0.1:8082") URI workerUrl,
        @DefaultValue("PT5S") Duration timeout,
        @DefaultValue("20GB") DataSize maxUploadSize,
        @DefaultValue("PT2M") Duration segmentLinkLifetime) {
}
