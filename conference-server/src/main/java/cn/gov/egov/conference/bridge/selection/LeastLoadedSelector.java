package cn.gov.egov.conference.bridge.selection;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.gov.egov.conference.bridge.BridgeStatus;

/** Any selectable bridge, least loaded first (ties by id, so the choice is stable). */
public final class LeastLoadedSelector implements BridgeSelector {

    static final Comparator<BridgeStatus> LEAST_LOADED = Comparator.comparingDouble(BridgeStatus::load)
            .thenComparing(s -> s.bridge().id());

    @Override
    public Optional<BridgeStatus> select(String participantRegion, List<BridgeStatus> candidates) {
        return candidates.stream().filter(BridgeStatus::selectable).min(LEAST_LOADED);
    }
}
