package cn.gov.egov.portal.learning.rules;

import cn.gov.egov.portal.learning.hours.AnnualRequirement;
import cn.gov.egov.portal.learning.hours.HourRuleTable;

/**
 * A region's learning-hour rules as the 学时规则 screen shows them.
 *
 * @param ownTable       true: the region has its own table; false: it inherits {@code table} from
 *                       {@code table.regionCode()} (an ancestor, or {@code 000000} = the national default)
 * @param ownRequirement true: the region set {@code requirement} for that year; false: inherited the same way
 */
public record RegionRules(String regionCode, boolean ownTable, HourRuleTable table, boolean ownRequirement,
                          AnnualRequirement requirement) {
}
