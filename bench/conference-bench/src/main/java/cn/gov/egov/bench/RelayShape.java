package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.gov.egov.region.RegionLevel;
import cn.gov.egov.region.RegionTree;

/**
 * The relays the bridges hold for one conference, and whether they form the region tree: every bridge linked to the
 * bridge of its nearest ancestor region in the conference (county → prefecture → province), both ends present, and
 * nothing else (n bridges, n − 1 relays).
 *
 * @param bridges    bridges that hold the conference
 * @param relays     relays (each has an end on two bridges)
 * @param regionTree whether they are exactly the region tree
 * @param perLevel   relay ends per bridge, by region level, e.g. {@code "prefecture: 1–12"}
 */
record RelayShape(int bridges, int relays, boolean regionTree, List<String> perLevel) {

    static RelayShape of(BridgeFarm farm, RegionTree tree, String meetingId) {
        List<EmulatedBridge> in = farm.all().stream()
                .filter(b -> b.conferences().containsKey(meetingId)).toList();
        int ends = 0;
        boolean shaped = true;
        Map<RegionLevel, int[]> range = new TreeMap<>();
        for (EmulatedBridge b : in) {
            Set<String> peers = b.conferences().get(meetingId).relays().keySet();
            ends += peers.size();
            int[] r = range.computeIfAbsent(tree.get(b.regionCode()).level(),
                    k -> new int[] {Integer.MAX_VALUE, 0});
            r[0] = Math.min(r[0], peers.size());
            r[1] = Math.max(r[1], peers.size());
            var parent = farm.parentOf(b, in);
            if (parent.isPresent()) {
                shaped &= peers.contains(parent.get().id()) && parent.get().conferences().get(meetingId)
                        .relays().containsKey(b.id());
            }
        }
        shaped &= ends == 2 * Math.max(0, in.size() - 1);
        List<String> perLevel = new ArrayList<>();
        range.forEach((level, r) -> perLevel.add(level.name().toLowerCase() + " " + (r[0] == r[1] ? r[0]
                : r[0] + "–" + r[1])));
        return new RelayShape(in.size(), ends / 2, shaped, perLevel);
    }
}
