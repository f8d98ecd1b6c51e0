package cn.gov.egov.portal.learning.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Yunnan conversion and its boundaries: exactly 15 min is a micro-course, exactly 30 min is one hour. */
class HourRuleTableTest {

    private final HourRuleTable yunnan = HourRuleTable.standard("530000");

    @ParameterizedTest(name = "{0} s → {1} 学时 by {2}")
    @CsvSource({
            "1,       0.25, MICRO_COURSE",
            "600,     0.25, MICRO_COURSE",
            "899,     0.25, MICRO_COURSE",
            "900,     0.25, MICRO_COURSE",   // exactly 15 min: ≤ 15
            "901,     0.50, COURSE_15_30",
            "1200,    0.50, COURSE_15_30",
            "1799,    0.50, COURSE_15_30",
            "1800,    1.00, COURSE_30_PLUS", // exactly 30 min: ≥ 30
            "1801,    1.00, COURSE_30_PLUS",
            "10800,   1.00, COURSE_30_PLUS"})
    void coursesByLength(long seconds, String hours, String rule) {
        HourAward award = yunnan.course(Duration.ofSeconds(seconds));
        assertThat(award.hours()).isEqualTo(Hours.of(hours));
        assertThat(award.hours().scale()).isEqualTo(2);
        assertThat(award.rule().code()).isEqualTo(rule);
    }

    @Test
    void theBoundariesAreExactToTheMillisecond() {
        assertThat(yunnan.course(Duration.ofMinutes(15).plusMillis(1)).hours()).isEqualTo(Hours.of("0.5"));
        assertThat(yunnan.course(Duration.ofMinutes(30).minusMillis(1)).hours()).isEqualTo(Hours.of("0.5"));
    }

    @Test
    void aPassedExamEarnsHalfAnHour() {
        HourAward award = yunnan.passedExam();
        assertThat(award.hours()).isEqualTo(Hours.of("0.50"));
        assertThat(award.rule().code()).isEqualTo("EXAM_PASSED");
        assertThat(award.explanation()).isEqualTo("考试，适用「考试合格」规则（530000 EXAM_PASSED），计 0.50 学时");
    }

    @Test
    void awardsExplainThemselvesInChinese() {
        assertThat(yunnan.course(Duration.ofMinutes(32)).explanation())
                .isEqualTo("课程学习时长 32 分钟，适用「课程（≥ 30 分钟）」规则（530000 COURSE_30_PLUS），计 1.00 学时");
        assertThat(yunnan.course(Duration.ofSeconds(15 * 60 + 1)).explanation())
                .contains("15 分 01 秒").contains("15–30 分钟（不含两端）");
        assertThat(HourRuleTable.standard(HourRuleTable.NATIONAL).course(Duration.ofMinutes(5)).explanation())
                .contains("≤ 15 分钟").contains("全国默认");
    }

    @Test
    void aLengthNoRuleCoversIsRefused() {
        assertThatThrownBy(() -> yunnan.course(Duration.ZERO))
                .isInstanceOfSatisfying(HoursException.class, e -> {
                    assertThat(e.code()).isEqualTo("no-rule");
                    assertThat(e.getMessage()).contains("没有适用的学时规则");
                });
        HourRuleTable coursesOnly = new HourRuleTable("530100",
                List.of(HourRule.course("ANY", MinuteRange.atLeast(1), "1")));
        assertThatThrownBy(coursesOnly::passedExam).isInstanceOf(HoursException.class);
    }

    @Test
    void theFirstMatchingRuleWins() {
        HourRuleTable ordered = new HourRuleTable("530100", List.of(
                HourRule.course("LONG", MinuteRange.atLeast(45), "1.5"),
                HourRule.course("NORMAL", MinuteRange.atLeast(20), "1"),
                HourRule.course("SHORT", MinuteRange.upTo(60), "0.25")));
        assertThat(ordered.course(Duration.ofMinutes(50)).rule().code()).isEqualTo("LONG");
        assertThat(ordered.course(Duration.ofMinutes(45)).rule().code()).isEqualTo("LONG");
        assertThat(ordered.course(Duration.ofMinutes(44)).rule().code()).isEqualTo("NORMAL");
        assertThat(ordered.course(Duration.ofMinutes(19)).rule().code()).isEqualTo("SHORT");
    }

    @Test
    void rulesAndTablesAreValidated() {
        assertThatThrownBy(() -> HourRule.course("X", MinuteRange.atLeast(1), "0.333"))
                .isInstanceOfSatisfying(HoursException.class, e -> assertThat(e.code()).isEqualTo("hours-not-exact"));
        assertThatThrownBy(() -> HourRule.course("X", MinuteRange.atLeast(1), "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HourRule.course("bad code", MinuteRange.atLeast(1), "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HourRule("X", SourceKind.EXAM, MinuteRange.atLeast(1), Hours.of("1"), "考试"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HourRule("X", SourceKind.MANUAL_ADJUSTMENT, null, Hours.of("1"), "调整"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HourRuleTable("5301", List.of(HourRule.passedExam("E", "0.5"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HourRuleTable("530100",
                List.of(HourRule.passedExam("E", "0.5"), HourRule.passedExam("E", "1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinuteRange.between(30, 15)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MinuteRange(15, true, 30, false).describe()).isEqualTo("15–30 分钟（含 15）");
    }
}
