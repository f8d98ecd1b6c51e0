package cn.gov.egov.portal.learning.rules;

import java.math.BigDecimal;

import cn.gov.egov.portal.learning.hours.SourceKind;

/**
 * One row of the 学时规则 screen as entered: null minutes are open bounds; both null is a flat rule (exams always).
 */
public record RuleInput(SourceKind kind, Integer fromMinutes, boolean fromInclusive, Integer toMinutes,
                        boolean toInclusive, BigDecimal hours, String label) {
}
