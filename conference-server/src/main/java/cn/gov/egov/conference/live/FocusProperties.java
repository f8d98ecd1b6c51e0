package cn.gov.egov.conference.live;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param instanceId    this conference-server among several (lease owner); random per start when unset
 * @param answerTimeout how long a client may take to answer its first offer before its endpoint is expired
 * @param leaseTtl      how long a live conference's lease lasts unless renewed (renewed every third of it)
 * @param resumeTtl     extra validity of the reconnect ticket beyond the occurrence's end
 * @param maxMessage    the largest signalling message accepted, in bytes
 */
@ConfigurationProperties("conference.focus")
public record FocusProperties(
        String instanceId,
        @DefaultValue("PT30S") Duration answerTimeout,
        @DefaultValue("PT30S") Duration leaseTtl,
        @DefaultValue("PT30M") Duration resumeTtl,
        @DefaultValue("1048576") int maxMessage) {

    public FocusProperties {
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = "focus-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }
}
