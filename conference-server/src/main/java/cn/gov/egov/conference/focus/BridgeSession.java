package cn.gov.egov.conference.focus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.gov.egov.conference.bridge.Bridge;

/** What the focus holds for one bridge of a conference. */
final class BridgeSession {

    final Bridge bridge;
    /** Relays of this bridge, by the peer bridge's id, with the participants told behind each. */
    final Map<String, Set<String>> relays = new LinkedHashMap<>();

    BridgeSession(Bridge bridge) {
        this.bridge = bridge;
    }
}
