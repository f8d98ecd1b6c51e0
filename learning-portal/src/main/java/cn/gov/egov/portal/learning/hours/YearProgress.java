package cn.gov.egov.portal.learning.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;

/**
 * Where a learner stands against the year's requirement on a given date.
 *
 * <p>Required hours beyond the required target count towards the elective target (not the other way round). The
 * pace is linear: by a date, {@code total × day-of-year / days-in-year} should be earned; a learner at or above it,
 * or done, is on track.
 *
 * @param earnedRequired hours in required entries (adjustments included)
 * @param earnedElective hours in elective entries
 * @param total          all hours earned in the year
 * @param counted        what counts towards the requirement (capped per category, required surplus to elective)
 * @param remaining      hours still missing, never negative
 * @param percent        counted ÷ requirement, rounded down to one place, at most 100.0
 * @param expectedByDate hours the linear pace asks for by {@code date}
 * @param onTrack        done, or counted ≥ expected by date
 */
public record YearProgress(Year year, LocalDate date, AnnualRequirement requirement, BigDecimal earnedRequired,
                           BigDecimal earnedElective, BigDecimal total, BigDecimal counted, BigDecimal remaining,
                           BigDecimal percent, BigDecimal expectedByDate, boolean onTrack) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static YearProgress of(Ledger ledger, AnnualRequirement requirement, LocalDate date) {
        if (!ledger.year().equals(requirement.year())) {
            throw new IllegalArgumentException("ledger and requirement are for different years");
        }
        BigDecimal required = ledger.earned(HourCategory.REQUIRED);
        BigDecimal elective = ledger.earned(HourCategory.ELECTIVE);
        BigDecimal positiveRequired = Hours.max(required, Hours.ZERO);
        BigDecimal surplus = Hours.max(positiveRequired.subtract(requirement.required()), Hours.ZERO);
        BigDecimal countedRequired = Hours.min(positiveRequired, requirement.required());
        BigDecimal countedElective = Hours.min(Hours.max(elective, Hours.ZERO).add(surplus), requirement.elective());
        BigDecimal counted = countedRequired.add(countedElective);
        BigDecimal target = requirement.total();
        BigDecimal remaining = target.subtract(counted);
        BigDecimal percent = counted.multiply(HUNDRED).divide(target, 1, RoundingMode.DOWN);
        BigDecimal expected = target.multiply(BigDecimal.valueOf(daysElapsed(ledger.year(), date)))
                .divide(BigDecimal.valueOf(ledger.year().length()), Hours.SCALE, RoundingMode.HALF_UP);
        boolean done = remaining.signum() == 0;
        return new YearProgress(ledger.year(), date, requirement, required, elective, required.add(elective), counted,
                remaining, percent, expected, done || counted.compareTo(expected) >= 0);
    }

    public boolean isMet() {
        return remaining.signum() == 0;
    }

    /** Hours still missing in one category (required surplus already moved to elective). */
    public BigDecimal remaining(HourCategory category) {
        BigDecimal positiveRequired = Hours.max(earnedRequired, Hours.ZERO);
        if (category == HourCategory.REQUIRED) {
            return Hours.max(requirement.required().subtract(positiveRequired), Hours.ZERO);
        }
        BigDecimal surplus = Hours.max(positiveRequired.subtract(requirement.required()), Hours.ZERO);
        return Hours.max(requirement.elective().subtract(Hours.max(earnedElective, Hours.ZERO)).subtract(surplus),
                Hours.ZERO);
    }

    /** Days of the year passed by the end of {@code date}: 0 before the year, all after it. */
    static int daysElapsed(Year year, LocalDate date) {
        if (date.getYear() < year.getValue()) {
            return 0;
        }
        if (date.getYear() > year.getValue()) {
            return year.length();
        }
        return date.getDayOfYear();
    }
}
