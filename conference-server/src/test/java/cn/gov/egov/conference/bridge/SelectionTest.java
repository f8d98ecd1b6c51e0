package cn.gov.egov.conference.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gov.egov.colibri.BridgeStats;
import cn.gov.egov.conference.bridge.selection.CascadeTopology;
import cn.gov.egov.conference.bridge.selection.LeastLoadedSelector;
import cn.gov.egov.conference.bridge.selection.RegionTreeSelector;
import cn.gov.egov.region.RegionLevel;
import cn.gov.egov.region.RegionTree;

/** Bridge selection and the relay tree on Yunnan's real region tree (1 + 16 + 129 regions). */
class SelectionTest {

    private static final RegionTree YUNNAN = RegionTree.province("530000");

    private static BridgeStatus bridge(String id, String region, int participants, boolean healthy) {
        return new BridgeStatus(new Bridge(id, URI.create("http://" + id + ":8080/"), region, 100, true, "CONFIG", 0),
                healthy, new BridgeStats(0.0, 1, participants, 0, "test"), null, 0, null);
    }

    @Test
    void ownRegionFirstThenTheNearestAncestorLeastLoadedFirst() {
        List<BridgeStatus> bridges = List.of(bridge("province", "530000", 10, true),
                bridge("kunming-a", "530100", 50, true), bridge("kunming-b", "530100", 20, true),
                bridge("wuhua", "530102", 99, true), bridge("dali", "532900", 0, false));
        RegionTreeSelector selector = new RegionTreeSelector(YUNNAN);
        assertThat(selector.select("530102", bridges)).get().extracting(s -> s.bridge().id()).isEqualTo("wuhua");
        assertThat(selector.select("530103", bridges)).as("a county without its own bridge").get()
                .extracting(s -> s.bridge().id()).isEqualTo("kunming-b");
        assertThat(selector.select("532901", bridges)).as("Dali's bridge is down: up to the province").get()
                .extracting(s -> s.bridge().id()).isEqualTo("province");
        List<BridgeStatus> full = List.of(bridge("wuhua", "530102", 100, true), bridge("kunming", "530100", 5, true));
        assertThat(selector.select("530102", full)).as("a full bridge is skipped").get()
                .extracting(s -> s.bridge().id()).isEqualTo("kunming");
        assertThat(selector.select("530102", List.of(bridge("dali", "532900", 1, true)))).as("better far than none")
                .get().extracting(s -> s.bridge().id()).isEqualTo("dali");
        assertThat(selector.select("530102", List.of())).isEmpty();
        assertThat(new LeastLoadedSelector().select("530102", bridges)).get().extracting(s -> s.bridge().id())
                .isEqualTo("province");
    }

    @Test
    void aProvinceWideConferenceIsCascadedAlongTheTreeNotAMesh() {
        // one bridge per region that has one: the province, every prefecture, and three counties
        List<Bridge> used = new ArrayList<>();
        used.add(bridge("p", "530000", 0, true).bridge());
        YUNNAN.subtree("530000").stream().filter(r -> r.level() == RegionLevel.PREFECTURE)
                .forEach(r -> used.add(bridge("b" + r.code(), r.code(), 0, true).bridge()));
        for (String county : List.of("530102", "530103", "532901")) {
            used.add(bridge("b" + county, county, 0, true).bridge());
        }
        used.add(bridge("b530100-2", "530100", 0, true).bridge());
        List<CascadeTopology.Link> links = new CascadeTopology(YUNNAN).links(used);
        assertThat(links).hasSize(used.size() - 1);
        Map<String, String> parentOf = links.stream().collect(Collectors.toMap(l -> l.child().id(),
                l -> l.parent().id()));
        assertThat(parentOf.get("b530100")).isEqualTo("p");
        assertThat(parentOf.get("b530102")).as("county to its prefecture").isEqualTo("b530100");
        assertThat(parentOf.get("b532901")).isEqualTo("b532900");
        assertThat(parentOf.get("b530100-2")).as("a second bridge in a region hangs off the first").isEqualTo("b530100");
        assertThat(parentOf).doesNotContainKey("p");
        long provinceLinks = links.stream().filter(l -> l.parent().id().equals("p")).count();
        assertThat(provinceLinks).as("16 prefectures under the province").isEqualTo(16);
    }

    @Test
    void bridgesWithoutAnAncestorMeetAtTheHub() {
        List<Bridge> used = List.of(bridge("wuhua", "530102", 0, true).bridge(),
                bridge("dali-city", "532901", 0, true).bridge(), bridge("kunming", "530100", 0, true).bridge());
        Map<String, String> parentOf = new CascadeTopology(YUNNAN).links(used).stream()
                .collect(Collectors.toMap(l -> l.child().id(), l -> l.parent().id()));
        assertThat(parentOf).containsEntry("wuhua", "kunming").containsEntry("dali-city", "kunming").hasSize(2);
        assertThat(new CascadeTopology(YUNNAN).links(used.subList(0, 1))).isEmpty();
    }
}
