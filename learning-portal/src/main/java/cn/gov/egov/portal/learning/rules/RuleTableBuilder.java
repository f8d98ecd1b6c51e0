package cn.gov.egov.portal.learning.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gov.egov.portal.learning.hours.HourRule;
import cn.gov.egov.portal.learning.hours.HourRuleTable;
import cn.gov.egov.portal.learning.hours.Hours;
import cn.gov.egov.portal.learning.hours.HoursException;
import cn.gov.egov.portal.learning.hours.MinuteRange;
import cn.gov.egov.portal.learning.hours.RuleTableChecks;
import cn.gov.egov.portal.learning.hours.SourceKind;

/**
 * Turns the rows of the 学时规则 screen into an {@link HourRuleTable}, or refuses them with a clear reason (row
 * numbers from 1). Beyond the domain's own checks: labels of at most 100 characters (the column), no two rules of a
 * kind that could apply to the same length, every course length above zero covered, a passed-exam rule present.
 * A row with the kind and range of a rule of the table it replaces keeps that rule's code (as written in ledger
 * explanations); other codes are derived from the row ({@code COURSE_30_PLUS}, {@code COURSE_15_30}). Plain Java.
 */
public final class RuleTableBuilder {

    public static final int MAX_LABEL = 100;
    public static final int MAX_RULES = 20;

    private RuleTableBuilder() {
    }

    /** {@code previous}: the rules in force so far (their codes are kept for identical rows), may be empty. */
    public static HourRuleTable build(String regionCode, List<RuleInput> rows, List<HourRule> previous) {
        if (rows == null || rows.isEmpty()) {
            throw new LearningRulesException("no-rules", "规则表至少需要一条规则");
        }
        if (rows.size() > MAX_RULES) {
            throw new LearningRulesException("too-many-rules", "规则表最多 " + MAX_RULES + " 条规则", MAX_RULES);
        }
        List<HourRule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            rules.add(rule(i + 1, rows.get(i), codes, previous));
        }
        Optional<List<HourRule>> overlap = RuleTableChecks.overlap(rules);
        if (overlap.isPresent()) {
            String a = overlap.get().get(0).label();
            String b = overlap.get().get(1).label();
            throw new LearningRulesException("range-overlap", "规则「" + a + "」与「" + b + "」的时长范围重叠", a, b);
        }
        Optional<Integer> gap = RuleTableChecks.courseGap(rules);
        if (gap.isPresent()) {
            throw new LearningRulesException("course-gap", "课程时长在 " + gap.get() + " 分钟处没有适用的规则",
                    gap.get());
        }
        if (rules.stream().noneMatch(r -> r.kind() == SourceKind.EXAM)) {
            throw new LearningRulesException("exam-missing", "规则表需要一条“考试合格”规则");
        }
        return new HourRuleTable(regionCode, rules);
    }

    private static HourRule rule(int row, RuleInput in, Set<String> codes, List<HourRule> previous) {
        if (in.kind() == null || in.kind() == SourceKind.MANUAL_ADJUSTMENT) {
            throw new LearningRulesException("kind-missing", "第 " + row + " 条规则：请选择类型", row);
        }
        String label = in.label() == null ? "" : in.label().strip();
        if (label.isEmpty()) {
            throw new LearningRulesException("label-blank", "第 " + row + " 条规则：请填写名称", row);
        }
        if (label.length() > MAX_LABEL) {
            throw new LearningRulesException("label-too-long",
                    "第 " + row + " 条规则：名称不能超过 " + MAX_LABEL + " 个字", row, MAX_LABEL);
        }
        if (in.hours() == null || in.hours().signum() <= 0) {
            throw new LearningRulesException("hours-not-positive", "第 " + row + " 条规则：学时必须大于 0", row);
        }
        BigDecimal hours;
        try {
            hours = Hours.exact(in.hours());
        } catch (HoursException e) {
            throw new LearningRulesException("hours-not-exact", "第 " + row + " 条规则：学时最多保留两位小数", row);
        }
        if (hours.compareTo(new BigDecimal("100")) >= 0) {
            throw new LearningRulesException("hours-too-large", "第 " + row + " 条规则：学时应小于 100", row);
        }
        if ((in.fromMinutes() != null && in.fromMinutes() < 0) || (in.toMinutes() != null && in.toMinutes() < 0)) {
            throw new LearningRulesException("minutes-negative", "第 " + row + " 条规则：分钟数不能为负数", row);
        }
        MinuteRange range = null;
        if (in.fromMinutes() != null || in.toMinutes() != null) {
            if (in.kind() == SourceKind.EXAM) {
                throw new LearningRulesException("exam-flat", "第 " + row + " 条规则：考试规则不按时长区分", row);
            }
            if (in.fromMinutes() != null && in.toMinutes() != null && (in.fromMinutes() > in.toMinutes()
                    || (in.fromMinutes().equals(in.toMinutes()) && !(in.fromInclusive() && in.toInclusive())))) {
                throw new LearningRulesException("range-empty", "第 " + row + " 条规则：时长范围为空", row);
            }
            range = new MinuteRange(in.fromMinutes(), in.fromInclusive(), in.toMinutes(), in.toInclusive());
        }
        MinuteRange r = range;
        String code = previous.stream().filter(p -> p.kind() == in.kind() && java.util.Objects.equals(p.range(), r))
                .map(HourRule::code).filter(codes::add).findFirst().orElseGet(() -> code(in.kind(), r, codes));
        return new HourRule(code, in.kind(), range, hours, label);
    }

    /** {@code COURSE_30_PLUS}, {@code COURSE_15_30}, {@code COURSE_UP_TO_15}, {@code EXAM_PASSED}; unique. */
    static String code(SourceKind kind, MinuteRange range, Set<String> taken) {
        String base;
        if (kind == SourceKind.EXAM) {
            base = "EXAM_PASSED";
        } else if (range == null) {
            base = kind.name();
        } else if (range.toMinutes() == null) {
            base = kind.name() + "_" + range.fromMinutes() + "_PLUS";
        } else if (range.fromMinutes() == null || range.fromMinutes() == 0) {
            base = kind.name() + "_UP_TO_" + range.toMinutes();
        } else {
            base = kind.name() + "_" + range.fromMinutes() + "_" + range.toMinutes();
        }
        String code = base;
        for (int n = 2; !taken.add(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }
}
