package cn.gov.egov.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegionTreeTest {

    @Test
    void yunnanHasSixteenPrefecturesAnd129Counties() {
        RegionTree yunnan = RegionTree.province("530000");
        assertThat(yunnan.count(r -> r.level() == RegionLevel.PROVINCE)).isEqualTo(1);
        assertThat(yunnan.count(r -> r.level() == RegionLevel.PREFECTURE)).isEqualTo(16);
        assertThat(yunnan.count(r -> r.level() == RegionLevel.COUNTY)).isEqualTo(129);
        assertThat(yunnan.get("530100").name()).isEqualTo("昆明市");
    }

    @Test
    void wholeCountryLoadsWithConsistentParents() {
        RegionTree china = RegionTree.china();
        assertThat(china.count(r -> r.level() == RegionLevel.PROVINCE)).isEqualTo(31);
        assertThat(china.count(r -> r.level() == RegionLevel.COUNTY)).isGreaterThan(2800);
        for (Region r : china.all()) {
            if (r.parentCode() != null) {
                assertThat(china.get(r.parentCode()).level().ordinal()).isEqualTo(r.level().ordinal() - 1);
            }
        }
    }

    @Test
    void everyCodeStartsWithItsAncestorsSubtreePrefix() {
        RegionTree china = RegionTree.china();
        for (Region r : china.all()) {
            for (Region a : china.ancestors(r.code())) {
                assertThat(r.code()).as("%s under %s", r, a).startsWith(a.subtreePrefix());
            }
        }
        Region kunming = china.get("530100");
        long byPrefix = china.count(r -> r.code().startsWith(kunming.subtreePrefix()));
        assertThat(byPrefix).isEqualTo(china.subtree("530100").size());
    }

    @Test
    void subtreeAncestorsAndWithinFollowTheTree() {
        RegionTree yunnan = RegionTree.province("530000");
        String wuhua = "530102";
        assertThat(yunnan.ancestors(wuhua)).extracting(Region::code).containsExactly("530100", "530000");
        assertThat(yunnan.path(wuhua)).isEqualTo("云南省 / 昆明市 / 五华区");
        assertThat(yunnan.isWithin(wuhua, "530100")).isTrue();
        assertThat(yunnan.isWithin(wuhua, wuhua)).isTrue();
        assertThat(yunnan.isWithin("530100", wuhua)).isFalse();
        assertThat(yunnan.isWithin(wuhua, "530300")).isFalse();
        assertThat(yunnan.subtree("530100")).first().extracting(Region::code).isEqualTo("530100");
        assertThat(yunnan.subtree("530100")).hasSize(1 + yunnan.children("530100").size());
    }

    @Test
    void badDataIsRejectedWithTheReason() {
        assertThatThrownBy(() -> new Region("5301", "x", RegionLevel.PREFECTURE, "530000"))
                .hasMessageContaining("six digits");
        assertThatThrownBy(() -> new Region("530100", "x", RegionLevel.PREFECTURE, null))
                .hasMessageContaining("only a province");
        Region orphan = new Region("530100", "昆明市", RegionLevel.PREFECTURE, "990000");
        assertThatThrownBy(() -> RegionTree.of(List.of(orphan))).hasMessageContaining("unknown parent");
        Region p = new Region("530000", "云南省", RegionLevel.PROVINCE, null);
        assertThatThrownBy(() -> RegionTree.of(List.of(p, p))).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> RegionTree.province("530100")).hasMessageContaining("no province");
    }
}
