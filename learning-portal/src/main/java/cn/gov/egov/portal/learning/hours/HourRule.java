package cn.gov.egov.portal.learning.hours;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * One line of a region's rule table: a source kind and, for lengths, a minute range → hours. A rule without a range
 * is flat (a passed exam earns the same whatever its length).
 *
 * @param code  stable id written into every ledger entry it produces, e.g. {@code COURSE_30_PLUS}
 * @param kind  COURSE or EXAM (CONFERENCE_TRAINING may have rules too); manual adjustments never do
 * @param range the lengths it covers, or null for a flat rule
 * @param hours what it awards, exact to two places
 * @param label the Chinese name shown in explanations, e.g. {@code 课程（≥ 30 分钟）}
 */
public record HourRule(String code, SourceKind kind, MinuteRange range, BigDecimal hours, String label) {

    public HourRule {
        if (code == null || !code.matches("[A-Z0-9_]{1,40}")) {
            throw new IllegalArgumentException("rule code must be 1-40 of A-Z, 0-9, _: " + code);
        }
        Objects.requireNonNull(kind, "kind");
        if (kind == SourceKind.MANUAL_ADJUSTMENT) {
            throw new IllegalArgumentException("manual adjustments are not made by rules");
        }
        if (kind == SourceKind.EXAM && range != null) {
            throw new IllegalArgumentException("exam rules are flat");
        }
        hours = Hours.exact(hours);
        if (!Hours.isPositive(hours)) {
            throw new IllegalArgumentException("a rule awards positive hours");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a rule needs a label");
        }
    }

    public static HourRule course(String code, MinuteRange range, String hours) {
        return new HourRule(code, SourceKind.COURSE, range, Hours.of(hours), "课程（" + range.describe() + "）");
    }

    public static HourRule passedExam(String code, String hours) {
        return new HourRule(code, SourceKind.EXAM, null, Hours.of(hours), "考试合格");
    }

    /** True when this rule covers a source of {@code kind} with that length (length ignored for flat rules). */
    public boolean applies(SourceKind sourceKind, Duration length) {
        return kind == sourceKind && (range == null || (length != null && range.contains(length)));
    }
}
