package cn.gov.egov.media.worker;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param name a stable name for this worker in the registry (defaults to host name and port)
 */
@ConfigurationProperties("media.worker")
public record WorkerProperties(@DefaultValue("") String name) {
}
