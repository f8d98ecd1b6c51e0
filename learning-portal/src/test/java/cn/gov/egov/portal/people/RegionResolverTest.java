package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.egov.portal.people.RegionResolver.Ambiguous;
import cn.gov.egov.portal.people.RegionResolver.Found;
import cn.gov.egov.portal.people.RegionResolver.Unknown;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** Codes and name paths against the committed national division list. */
class RegionResolverTest {

    static final RegionResolver CHINA = new RegionResolver(RegionTree.china());

    @ParameterizedTest
    @ValueSource(strings = {"530102", " 530102 ", "云南省/昆明市/五华区", "云南省 / 昆明市 / 五华区", "云南省／昆明市／五华区",
            "昆明市/五华区", "五华区", "云南省昆明市五华区", "昆明市五华区", "云南省>昆明市>五华区"})
    void codesAndNamePathsFindWuhua(String text) {
        assertThat(CHINA.resolve(text)).isEqualTo(new Found(RegionTree.china().get("530102")));
    }

    @Test
    void prefecturesAndTheProvinceToo() {
        assertThat(region("云南省")).isEqualTo("530000");
        assertThat(region("云南省/昆明市")).isEqualTo("530100");
        assertThat(region("西双版纳傣族自治州")).isEqualTo("532800");
    }

    @Test
    void placeholderLevelsMayBeLeftOut() {
        assertThat(region("北京市/市辖区/东城区")).isEqualTo("110101");
        assertThat(region("北京市/东城区")).isEqualTo("110101");
    }

    @Test
    void aNameInSeveralPlacesIsAmbiguousUntilItsParentIsGiven() {
        assertThat(CHINA.resolve("鼓楼区")).isInstanceOfSatisfying(Ambiguous.class, a -> assertThat(a.candidates())
                .extracting(Region::code).containsExactlyInAnyOrder("320106", "320302", "350102", "410204"));
        assertThat(region("南京市/鼓楼区")).isEqualTo("320106");
        assertThat(region("福建省福州市鼓楼区")).isEqualTo("350102");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "五华", "昆明市/盘龙区/五华区", "云南省/五华区/昆明市", "999999", "530199", "火星"})
    void anythingElseIsUnknown(String text) {
        assertThat(CHINA.resolve(text)).isInstanceOf(Unknown.class);
    }

    private static String region(String text) {
        return ((Found) CHINA.resolve(text)).region().code();
    }
}
