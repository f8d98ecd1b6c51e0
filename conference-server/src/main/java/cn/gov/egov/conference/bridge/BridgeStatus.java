package cn.gov.egov.conference.bridge;

import java.time.Instant;

import cn.gov.egov.colibri.BridgeStats;

/**
 * What the focus knows of a bridge now: the last poll, or a failure a Colibri2 call reported since.
 *
 * @param healthy        answered its last health check and was not reported failing since
 * @param stats          its load at the last poll (null until known)
 * @param failures       consecutive failed polls or calls
 * @param lastError      why it is out, when it is
 */
public record BridgeStatus(Bridge bridge, boolean healthy, BridgeStats stats, Instant checkedAt, int failures,
                           String lastError) {

    /** Participants per capacity, or JVB's stress level when that is higher; 0 when unknown. */
    public double load() {
        if (stats == null) {
            return 0;
        }
        double byCount = (double) stats.participants() / Math.max(1, bridge.capacity());
        return Math.max(byCount, stats.stressLevel());
    }

    /** May receive new participants: enabled, healthy, below capacity. */
    public boolean selectable() {
        return bridge.enabled() && healthy && load() < 1.0;
    }

    /** The same status for the bridge as now stored (its settings may have changed since the poll). */
    public BridgeStatus withBridge(Bridge b) {
        return new BridgeStatus(b, healthy && b.enabled(), stats, checkedAt, failures, b.enabled() ? lastError
                : "disabled");
    }
}
