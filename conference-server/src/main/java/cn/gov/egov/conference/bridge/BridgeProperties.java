package cn.gov.egov.conference.bridge;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bridges of this deployment (conference.bridges.*).
 *
 * @param configured   bridges from configuration; none in the embedded default ("no bridge configured")
 * @param pollInterval how often each bridge's health and load are read
 * @param timeout      every Colibri2, health and stats call gives up after this
 * @param selection    {@code region-tree} (own region, else the nearest ancestor that has a bridge) or
 *                     {@code least-loaded} (any bridge, least loaded first)
 */
@ConfigurationProperties("conference.bridges")
public record BridgeProperties(
        @DefaultValue List<Configured> configured,
        @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("PT3S") Duration timeout,
        @DefaultValue("region-tree") String selection) {

    /** One configured bridge. */
    public record Configured(String id, URI url, String region, @DefaultValue("200") int capacity) {
    }
}
