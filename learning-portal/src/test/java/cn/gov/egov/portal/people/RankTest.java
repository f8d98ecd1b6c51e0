package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 2019 list: twelve grades, eight leadership posts, short forms, nothing else. */
class RankTest {

    @Test
    void twelveGradesThenEightLeadershipPostsInDropDownOrder() {
        assertThat(Rank.labels()).containsExactly("一级巡视员", "二级巡视员", "一级调研员", "二级调研员", "三级调研员",
                "四级调研员", "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员", "一级科员", "二级科员",
                "省部级正职", "省部级副职", "厅局级正职", "厅局级副职", "县处级正职", "县处级副职", "乡科级正职", "乡科级副职");
        assertThat(Rank.values()).filteredOn(r -> r.kind() == Rank.Kind.GRADE).hasSize(12);
        assertThat(Rank.values()).filteredOn(r -> r.kind() == Rank.Kind.LEADERSHIP).hasSize(8);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "一级科员,      STAFF_1",
            "' 四级主任科员 ', PRINCIPAL_STAFF_4",
            "一级　巡视员,   BUREAU_INSPECTOR_1",
            "正处级,        DIVISION_CHIEF",
            "副县级,        DIVISION_DEPUTY",
            "副科级,        SECTION_DEPUTY",
            "厅局级正职,     BUREAU_CHIEF"})
    void officialNamesAndShortFormsAreRecognised(String text, Rank rank) {
        assertThat(Rank.parse(text)).contains(rank);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "科员", "处长", "副主任科员", "国家级正职", "一级科员x"})
    void anythingElseIsUnknown(String text) {
        assertThat(Rank.parse(text)).isEmpty();
    }

    @Test
    void gradesCorrespondToLeadershipTiers() {
        assertThat(Rank.BUREAU_INSPECTOR_1.tier()).isEqualTo(Rank.BUREAU_CHIEF.tier());
        assertThat(Rank.RESEARCHER_4.tier()).isEqualTo(Rank.Tier.DIVISION);
        assertThat(Rank.PRINCIPAL_STAFF_1.tier().label()).isEqualTo("乡科级");
        assertThat(Rank.STAFF_2.tier().label()).isEqualTo("科员级");
    }
}
