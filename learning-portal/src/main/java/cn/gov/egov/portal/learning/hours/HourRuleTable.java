package cn.gov.egov.portal.learning.hours;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.egov.region.Region;

/**
 * A region's ordered rule table: the first rule that applies wins, so overlapping ranges resolve by order.
 *
 * @param regionCode six-digit GB/T 2260 code, or {@link #NATIONAL} for the national default
 */
public record HourRuleTable(String regionCode, List<HourRule> rules) {

    /** Pseudo-code of the national default table (not a real division). */
    public static final String NATIONAL = "000000";

    public HourRuleTable {
        if (!Region.isWellFormedCode(regionCode)) {
            throw new IllegalArgumentException("region must be a six-digit code: " + regionCode);
        }
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a rule table needs rules");
        }
        Set<String> codes = new HashSet<>();
        for (HourRule r : rules) {
            if (!codes.add(r.code())) {
                throw new IllegalArgumentException("duplicate rule code " + r.code());
            }
        }
    }

    /**
     * The conversion used in Yunnan, and the platform default: a course ≥ 30 min = 1 学时, 15–30 min = 0.5,
     * a micro-course ≤ 15 min = 0.25, a passed exam = 0.5. Exactly 30 min is 1; exactly 15 min is a micro-course.
     */
    public static HourRuleTable standard(String regionCode) {
        return new HourRuleTable(regionCode, List.of(
                HourRule.course("COURSE_30_PLUS", MinuteRange.atLeast(30), "1"),
                HourRule.course("COURSE_15_30", MinuteRange.between(15, 30), "0.5"),
                HourRule.course("MICRO_COURSE", MinuteRange.upTo(15), "0.25"),
                HourRule.passedExam("EXAM_PASSED", "0.5")));
    }

    /** The award for a source of {@code kind} and {@code length} (null for flat kinds such as exams). */
    public HourAward award(SourceKind kind, Duration length) {
        for (HourRule rule : rules) {
            if (rule.applies(kind, length)) {
                return new HourAward(rule, regionCode, explain(rule, kind, length));
            }
        }
        throw new HoursException("no-rule", "没有适用的学时规则：" + kind.chinese()
                + (length == null ? "" : "，时长 " + describe(length)) + "（规则表 " + scope() + "）");
    }

    public HourAward course(Duration length) {
        Objects.requireNonNull(length, "length");
        return award(SourceKind.COURSE, length);
    }

    public HourAward passedExam() {
        return award(SourceKind.EXAM, null);
    }

    public boolean isNational() {
        return NATIONAL.equals(regionCode);
    }

    /** {@code 530000} or {@code 全国默认}. */
    public String scope() {
        return isNational() ? "全国默认" : regionCode;
    }

    private String explain(HourRule rule, SourceKind kind, Duration length) {
        String what = length == null || rule.range() == null
                ? kind.chinese()
                : kind.chinese() + "时长 " + describe(length);
        return what + "，适用「" + rule.label() + "」规则（" + scope() + " " + rule.code() + "），计 "
                + rule.hours().toPlainString() + " 学时";
    }

    /** {@code 32 分钟} or {@code 15 分 01 秒}. */
    static String describe(Duration length) {
        long seconds = length.toSeconds();
        long minutes = seconds / 60;
        long rest = seconds % 60;
        return rest == 0 ? minutes + " 分钟" : minutes + " 分 " + String.format("%02d", rest) + " 秒";
    }
}
