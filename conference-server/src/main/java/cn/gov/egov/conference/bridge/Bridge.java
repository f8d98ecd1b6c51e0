package cn.gov.egov.conference.bridge;

import java.net.URI;

/**
 * A Jitsi Videobridge the focus may use.
 *
 * @param id         a short stable name, e.g. {@code jvb-530100-1}
 * @param baseUrl    its private HTTP interface (Colibri2, health, stats)
 * @param regionCode the region node it serves; its level (province, prefecture, county) follows from the region
 * @param capacity   participants it should carry at most
 * @param source     CONFIG (from configuration, re-read at start) or RUNTIME (added through the API)
 */
public record Bridge(String id, URI baseUrl, String regionCode, int capacity, boolean enabled, String source,
                     long version) {
}
