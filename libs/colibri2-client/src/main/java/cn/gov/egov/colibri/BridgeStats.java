package cn.gov.egov.colibri;

/**
 * A bridge's load from {@code GET /colibri/stats}.
 *
 * @param stressLevel      JVB's own load figure: 0 idle, 1 at capacity
 * @param relayedEndpoints endpoints of other bridges seen through relays (JVB calls them octo endpoints)
 */
public record BridgeStats(double stressLevel, int conferences, int participants, int relayedEndpoints,
                          String version) {
}
