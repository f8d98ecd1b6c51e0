package cn.gov.egov.portal.learning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.egov.portal.learning.hours.HourRule;
import cn.gov.egov.portal.learning.hours.HourRuleTable;
import cn.gov.egov.portal.learning.hours.MinuteRange;
import cn.gov.egov.portal.learning.hours.SourceKind;

/** The rows of the 学时规则 screen into a rule table, and every refusal (plain Java). */
class RuleTableBuilderTest {

    static final List<HourRule> STANDARD = HourRuleTable.standard("530000").rules();

    static RuleInput course(Integer from, boolean fromInc, Integer to, boolean toInc, String hours, String label) {
        return new RuleInput(SourceKind.COURSE, from, fromInc, to, toInc, new BigDecimal(hours), label);
    }

    static RuleInput exam(String hours) {
        return new RuleInput(SourceKind.EXAM, null, true, null, false, new BigDecimal(hours), "考试合格");
    }

    static List<RuleInput> good() {
        return new ArrayList<>(List.of(course(40, true, null, false, "1.5", "长课程"),
                course(15, false, 40, false, "0.75", "中等课程"), course(0, false, 15, true, "0.25", "微课"),
                exam("1")));
    }

    @Test
    void goodRowsBecomeATableKeepingCodesOfUnchangedRanges() {
        List<RuleInput> rows = good();
        rows.set(2, course(0, false, 15, true, "0.3", "微课（新）")); // same range as the standard MICRO_COURSE
        HourRuleTable table = RuleTableBuilder.build("530302", rows, STANDARD);
        assertThat(table.rules()).extracting(HourRule::code)
                .containsExactly("COURSE_40_PLUS", "COURSE_15_40", "MICRO_COURSE", "EXAM_PASSED");
        assertThat(table.course(java.time.Duration.ofMinutes(40)).hours()).isEqualByComparingTo("1.5");
        assertThat(table.course(java.time.Duration.ofMinutes(15)).hours()).isEqualByComparingTo("0.3");
    }

    @Test
    void overlappingRangesAreRefused() {
        List<RuleInput> rows = good();
        rows.set(1, course(10, true, 40, false, "0.75", "中等课程"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .isInstanceOf(LearningRulesException.class).hasMessage("规则「中等课程」与「微课」的时长范围重叠")
                .extracting(e -> ((LearningRulesException) e).code()).isEqualTo("range-overlap");
    }

    @Test
    void rangesTouchingAtAnIncludedEndOnBothSidesOverlap() {
        List<RuleInput> rows = good();
        rows.set(2, course(0, false, 15, true, "0.25", "微课"));
        rows.set(1, course(15, true, 40, false, "0.75", "中等课程"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .hasMessageContaining("时长范围重叠");
    }

    @Test
    void twoExamRulesOverlap() {
        List<RuleInput> rows = good();
        rows.add(exam("0.5"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .extracting(e -> ((LearningRulesException) e).code()).isEqualTo("range-overlap");
    }

    @Test
    void negativeOrZeroHoursAreRefused() {
        for (String hours : List.of("-1", "0")) {
            List<RuleInput> rows = good();
            rows.set(0, course(40, true, null, false, hours, "长课程"));
            assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                    .hasMessage("第 1 条规则：学时必须大于 0");
        }
    }

    @Test
    void hoursWithMoreThanTwoPlacesAreRefused() {
        List<RuleInput> rows = good();
        rows.set(3, exam("0.333"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .hasMessage("第 4 条规则：学时最多保留两位小数");
    }

    @Test
    void negativeMinutesAreRefused() {
        List<RuleInput> rows = good();
        rows.set(2, course(-5, false, 15, true, "0.25", "微课"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .hasMessage("第 3 条规则：分钟数不能为负数");
    }

    @Test
    void overlongAndBlankLabelsAreRefused() {
        List<RuleInput> rows = good();
        rows.set(0, course(40, true, null, false, "1", "长".repeat(101)));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .hasMessage("第 1 条规则：名称不能超过 100 个字");
        rows.set(0, course(40, true, null, false, "1", "  "));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .hasMessage("第 1 条规则：请填写名称");
    }

    @Test
    void aGapBetweenCourseRangesIsRefused() {
        List<RuleInput> rows = good();
        rows.set(1, course(20, false, 40, false, "0.75", "中等课程"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .hasMessage("课程时长在 15 分钟处没有适用的规则");
        List<RuleInput> open = good();
        open.set(0, course(40, true, 120, true, "1.5", "长课程"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", open, STANDARD))
                .hasMessage("课程时长在 120 分钟处没有适用的规则");
    }

    @Test
    void emptyRangesExamRangesAndMissingExamRuleAreRefused() {
        List<RuleInput> rows = good();
        rows.set(1, course(40, false, 15, false, "0.75", "中等课程"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", rows, STANDARD))
                .hasMessage("第 2 条规则：时长范围为空");
        List<RuleInput> ranged = good();
        ranged.set(3, new RuleInput(SourceKind.EXAM, 0, true, 10, false, BigDecimal.ONE, "考试"));
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", ranged, STANDARD))
                .hasMessage("第 4 条规则：考试规则不按时长区分");
        List<RuleInput> noExam = good().subList(0, 3);
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", noExam, STANDARD))
                .hasMessage("规则表需要一条“考试合格”规则");
        assertThatThrownBy(() -> RuleTableBuilder.build("530302", List.of(), STANDARD))
                .hasMessage("规则表至少需要一条规则");
    }

    @Test
    void minuteRangesOverlapByTheirEnds() {
        assertThat(MinuteRange.upTo(15).overlaps(MinuteRange.between(15, 30))).isFalse();
        assertThat(MinuteRange.between(15, 30).overlaps(MinuteRange.atLeast(30))).isFalse();
        assertThat(MinuteRange.atLeast(30).overlaps(new MinuteRange(null, false, 30, true))).isTrue();
        assertThat(MinuteRange.atLeast(30).overlaps(MinuteRange.atLeast(60))).isTrue();
        assertThat(MinuteRange.between(10, 20).overlaps(MinuteRange.between(19, 40))).isTrue();
    }
}
