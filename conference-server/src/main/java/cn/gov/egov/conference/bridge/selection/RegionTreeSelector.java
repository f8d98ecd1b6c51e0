package cn.gov.egov.conference.bridge.selection;

import java.util.List;
import java.util.Optional;

import cn.gov.egov.conference.bridge.BridgeStatus;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * A bridge of the participant's own region, else of the nearest ancestor region that has a selectable one
 * (county → prefecture → province), least loaded first among those; when no ancestor has one, the least loaded of
 * all (better a remote bridge than none).
 */
public final class RegionTreeSelector implements BridgeSelector {

    private final RegionTree regions;

    public RegionTreeSelector(RegionTree regions) {
        this.regions = regions;
    }

    @Override
    public Optional<BridgeStatus> select(String participantRegion, List<BridgeStatus> candidates) {
        List<BridgeStatus> usable = candidates.stream().filter(BridgeStatus::selectable).toList();
        for (String code = participantRegion; code != null; code = parent(code)) {
            String here = code;
            Optional<BridgeStatus> best = usable.stream().filter(s -> s.bridge().regionCode().equals(here))
                    .min(LeastLoadedSelector.LEAST_LOADED);
            if (best.isPresent()) {
                return best;
            }
        }
        return usable.stream().min(LeastLoadedSelector.LEAST_LOADED);
    }

    private String parent(String code) {
        return regions.find(code).map(Region::parentCode).orElse(null);
    }
}
