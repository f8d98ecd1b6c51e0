package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header titles are matched tolerantly. */
class RosterColumnTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({
            "姓名,               NAME",
            "' 姓 名 ',          NAME",
            "*姓名,              NAME",
            "姓名（必填）,        NAME",
            "工号/用户名,         USERNAME",
            "工号／用户名,        USERNAME",
            "用户名,             USERNAME",
            "工号,               USERNAME",
            "身份证号码,          ID_NUMBER",
            "手机号码(选填),      PHONE",
            "E-mail,            EMAIL",
            "所属地区,           REGION",
            "行政区划,           REGION",
            "单位,               DEPARTMENT",
            "工作单位,            DEPARTMENT",
            "职务/职级,           RANK",
            "角色,               ROLE"})
    void titlesAndAliases(String title, RosterColumn column) {
        assertThat(RosterColumn.forTitle(title)).contains(column);
    }

    @Test
    void unknownTitlesAreNoColumn() {
        assertThat(RosterColumn.forTitle("备注")).isEmpty();
        assertThat(RosterColumn.forTitle("")).isEmpty();
    }

    @Test
    void fourColumnsAreRequired() {
        assertThat(RosterColumn.requiredColumns()).containsExactly(RosterColumn.NAME, RosterColumn.USERNAME,
                RosterColumn.REGION, RosterColumn.DEPARTMENT);
    }
}
