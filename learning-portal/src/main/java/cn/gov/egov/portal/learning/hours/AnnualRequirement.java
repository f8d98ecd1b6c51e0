package cn.gov.egov.portal.learning.hours;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

import cn.gov.egov.region.Region;

/**
 * How many hours a learner of a region must earn in a year, split into required (必修) and elective (选修). Never
 * below the national minimum of 50 in total (national plan 2023–2027); a region may set more.
 *
 * @param regionCode six-digit code, or {@link HourRuleTable#NATIONAL} for the national default
 */
public record AnnualRequirement(String regionCode, Year year, BigDecimal required, BigDecimal elective) {

    public static final BigDecimal NATIONAL_MINIMUM = Hours.of("50");
    public static final BigDecimal DEFAULT_REQUIRED = Hours.of("20");
    public static final BigDecimal DEFAULT_ELECTIVE = Hours.of("30");

    public AnnualRequirement {
        if (!Region.isWellFormedCode(regionCode)) {
            throw new IllegalArgumentException("region must be a six-digit code: " + regionCode);
        }
        Objects.requireNonNull(year, "year");
        required = Hours.exact(required);
        elective = Hours.exact(elective);
        if (required.signum() < 0 || elective.signum() < 0) {
            throw new HoursException("requirement-negative", "年度学时要求不能为负数");
        }
        if (required.add(elective).compareTo(NATIONAL_MINIMUM) < 0) {
            throw new HoursException("requirement-below-minimum",
                    "年度学时要求合计不得低于全国标准 50 学时：" + required.add(elective).toPlainString());
        }
    }

    /** 50 学时 = 20 required + 30 elective. */
    public static AnnualRequirement nationalDefault(Year year) {
        return new AnnualRequirement(HourRuleTable.NATIONAL, year, DEFAULT_REQUIRED, DEFAULT_ELECTIVE);
    }

    public BigDecimal total() {
        return required.add(elective);
    }

    /** The target of one category. */
    public BigDecimal target(HourCategory category) {
        return category == HourCategory.REQUIRED ? required : elective;
    }
}
