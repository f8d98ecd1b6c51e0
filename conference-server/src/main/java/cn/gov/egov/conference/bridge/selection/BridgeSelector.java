package cn.gov.egov.conference.bridge.selection;

import java.util.List;
import java.util.Optional;

import cn.gov.egov.conference.bridge.BridgeStatus;

/** Chooses the bridge for one participant from the selectable bridges. Implementations are plain Java. */
public interface BridgeSelector {

    /**
     * @param participantRegion the region of the participant's room or user
     * @param candidates        bridges that may take participants now
     */
    Optional<BridgeStatus> select(String participantRegion, List<BridgeStatus> candidates);
}
