package cn.gov.egov.conference.bridge.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.egov.conference.bridge.Bridge;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * The relays between the bridges of one conference, shaped like the region tree rather than a full mesh: each
 * bridge is linked to the bridge of its nearest ancestor region among those in the conference (county ↔ prefecture
 * ↔ province); bridges with no such ancestor are linked to the conference's hub, the bridge highest in the tree.
 * The result is a tree: n bridges, n − 1 relays. Plain Java.
 */
public final class CascadeTopology {

    /** One relay: {@code child} (the initiator, ICE-controlling) towards {@code parent}. */
    public record Link(Bridge child, Bridge parent) {
    }

    private final RegionTree regions;

    public CascadeTopology(RegionTree regions) {
        this.regions = regions;
    }

    public List<Link> links(List<Bridge> bridges) {
        if (bridges.size() < 2) {
            return List.of();
        }
        Comparator<Bridge> seniority = Comparator.comparingInt((Bridge b) -> depth(b.regionCode()))
                .thenComparing(Bridge::id);
        Bridge hub = bridges.stream().min(seniority).orElseThrow();
        Map<String, List<Bridge>> byRegion = bridges.stream()
                .collect(Collectors.groupingBy(Bridge::regionCode));
        Map<String, Bridge> firstOfRegion = byRegion.values().stream().map(l -> l.stream().min(seniority)
                .orElseThrow()).collect(Collectors.toMap(Bridge::regionCode, Function.identity()));
        List<Link> links = new ArrayList<>();
        for (Bridge b : bridges.stream().sorted(seniority).toList()) {
            if (b == hub) {
                continue;
            }
            Bridge sameRegionFirst = firstOfRegion.get(b.regionCode());
            Bridge parent = sameRegionFirst != b ? sameRegionFirst : nearestAncestor(b.regionCode(), firstOfRegion);
            links.add(new Link(b, parent == null ? hub : parent));
        }
        return links;
    }

    private Bridge nearestAncestor(String code, Map<String, Bridge> firstOfRegion) {
        for (String c = parent(code); c != null; c = parent(c)) {
            Bridge b = firstOfRegion.get(c);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    private String parent(String code) {
        return regions.find(code).map(Region::parentCode).orElse(null);
    }

    private int depth(String code) {
        int d = 0;
        for (String c = parent(code); c != null; c = parent(c)) {
            d++;
        }
        return d;
    }
}
