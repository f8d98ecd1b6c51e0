package cn.gov.egov.portal.learning.hours;

import java.math.BigDecimal;

/**
 * What a rule table awards for one source, and why.
 *
 * @param rule        the rule that matched
 * @param tableRegion the region whose table held it ({@link HourRuleTable#NATIONAL} for the national default)
 * @param explanation Chinese, for the ledger: e.g. {@code 课程时长 32 分钟，适用「课程（≥ 30 分钟）」规则（530000），计 1.00 学时}
 */
public record HourAward(HourRule rule, String tableRegion, String explanation) {

    public BigDecimal hours() {
        return rule.hours();
    }
}
