package cn.gov.egov.portal.learning.hours;

import static cn.gov.egov.portal.learning.hours.LedgerTest.LEARNER;
import static cn.gov.egov.portal.learning.hours.LedgerTest.Y2026;
import static cn.gov.egov.portal.learning.hours.LedgerTest.manual;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;

/** Progress against 50 = 20 required + 30 elective at given dates; linear pace through the year. */
class YearProgressTest {

    private static final AnnualRequirement DEFAULT = AnnualRequirement.nationalDefault(Y2026);

    private static Ledger ledger(String required, String elective) {
        Ledger l = Ledger.empty(LEARNER, Y2026);
        if (Hours.of(required).signum() != 0) {
            l = l.add(manual("R", LocalDate.of(2026, 1, 10), required, HourCategory.REQUIRED));
        }
        if (Hours.of(elective).signum() != 0) {
            l = l.add(manual("E", LocalDate.of(2026, 1, 10), elective, HourCategory.ELECTIVE));
        }
        return l;
    }

    @Test
    void midYearPaceDecidesWhetherALearnerIsOnTrack() {
        LocalDate july2 = LocalDate.of(2026, 7, 2); // day 183 of 365
        YearProgress ahead = YearProgress.of(ledger("10", "15.25"), DEFAULT, july2);
        assertThat(ahead.expectedByDate()).isEqualTo(Hours.of("25.07")); // 50 × 183 / 365 = 25.068…
        assertThat(ahead.counted()).isEqualTo(Hours.of("25.25"));
        assertThat(ahead.onTrack()).isTrue();
        assertThat(ahead.remaining()).isEqualTo(Hours.of("24.75"));
        assertThat(ahead.percent()).isEqualByComparingTo("50.5");
        assertThat(ahead.isMet()).isFalse();

        YearProgress behind = YearProgress.of(ledger("10", "15"), DEFAULT, july2);
        assertThat(behind.onTrack()).isFalse();
        assertThat(YearProgress.of(ledger("10", "15"), DEFAULT, LocalDate.of(2026, 7, 1)).onTrack())
                .as("day 182: 24.93 expected").isTrue();
    }

    @Test
    void requiredSurplusCountsAsElectiveButNotTheOtherWayRound() {
        YearProgress surplus = YearProgress.of(ledger("35", "15"), DEFAULT, LocalDate.of(2026, 12, 31));
        assertThat(surplus.earnedRequired()).isEqualTo(Hours.of("35"));
        assertThat(surplus.total()).isEqualTo(Hours.of("50"));
        assertThat(surplus.counted()).isEqualTo(Hours.of("50"));
        assertThat(surplus.isMet()).isTrue();
        assertThat(surplus.percent()).isEqualByComparingTo("100.0");

        YearProgress electiveHeavy = YearProgress.of(ledger("10", "45"), DEFAULT, LocalDate.of(2026, 12, 31));
        assertThat(electiveHeavy.total()).isEqualTo(Hours.of("55"));
        assertThat(electiveHeavy.counted()).isEqualTo(Hours.of("40"));
        assertThat(electiveHeavy.remaining()).isEqualTo(Hours.of("10"));
        assertThat(electiveHeavy.remaining(HourCategory.REQUIRED)).isEqualTo(Hours.of("10"));
        assertThat(electiveHeavy.remaining(HourCategory.ELECTIVE)).isEqualTo(Hours.of("0"));
        assertThat(electiveHeavy.isMet()).isFalse();
        assertThat(electiveHeavy.onTrack()).as("the year is over").isFalse();
    }

    @Test
    void percentIsRoundedDownSoOnlyAMetRequirementShowsAHundred() {
        YearProgress almost = YearProgress.of(ledger("20", "29.99"), DEFAULT, LocalDate.of(2026, 6, 1));
        assertThat(almost.percent()).isEqualByComparingTo("99.9");
        assertThat(almost.remaining()).isEqualTo(Hours.of("0.01"));
    }

    @Test
    void theStartAndEndOfTheYear() {
        YearProgress nothing = YearProgress.of(ledger("0", "0"), DEFAULT, LocalDate.of(2026, 1, 1));
        assertThat(nothing.expectedByDate()).isEqualTo(Hours.of("0.14")); // 50 / 365
        assertThat(nothing.onTrack()).isFalse();
        assertThat(nothing.percent()).isEqualByComparingTo("0");
        assertThat(YearProgress.of(ledger("0", "0"), DEFAULT, LocalDate.of(2025, 12, 20)).onTrack())
                .as("before the year").isTrue();
        YearProgress after = YearProgress.of(ledger("20", "20"), DEFAULT, LocalDate.of(2027, 1, 15));
        assertThat(after.expectedByDate()).isEqualTo(Hours.of("50"));
        assertThat(after.onTrack()).isFalse();
    }

    @Test
    void leapYearsHave366Days() {
        Year y2028 = Year.of(2028);
        Ledger l = Ledger.empty(LEARNER, y2028);
        YearProgress p = YearProgress.of(l, AnnualRequirement.nationalDefault(y2028), LocalDate.of(2028, 12, 31));
        assertThat(p.expectedByDate()).isEqualTo(Hours.of("50"));
        YearProgress mid = YearProgress.of(l, AnnualRequirement.nationalDefault(y2028), LocalDate.of(2028, 7, 1));
        assertThat(mid.expectedByDate()).isEqualTo(Hours.of("25")); // day 183 of 366: exactly half
    }

    @Test
    void negativeAdjustmentsNeverMakeProgressNegative() {
        Ledger l = Ledger.empty(LEARNER, Y2026).add(manual("R", LocalDate.of(2026, 2, 1), "-3", HourCategory.REQUIRED));
        YearProgress p = YearProgress.of(l, DEFAULT, LocalDate.of(2026, 2, 1));
        assertThat(p.earnedRequired()).isEqualTo(Hours.of("-3"));
        assertThat(p.counted()).isEqualTo(Hours.of("0"));
        assertThat(p.remaining()).isEqualTo(Hours.of("50"));
    }
}
