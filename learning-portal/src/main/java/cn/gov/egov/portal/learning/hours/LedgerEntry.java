package cn.gov.egov.portal.learning.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One immutable line of a learner's ledger, explaining itself.
 *
 * @param date        the day the hours were earned (China time)
 * @param kind        course, exam, conference training or manual adjustment
 * @param sourceId    the course, exam, conference or adjustment ticket id; one entry per kind and id per year
 * @param sourceTitle its title, as the learner knows it
 * @param category    required or elective
 * @param hours       exact, scale 2; positive except for manual adjustments, which may correct downwards
 * @param ruleCode    the rule that produced it ({@code COURSE_30_PLUS}…), or the kind's name for hand-made entries
 * @param explanation Chinese text saying why these hours (the rule applied, or the administrator's reason)
 * @param approvedBy  who approved a hand-made entry (conference training, manual adjustment); null otherwise
 */
public record LedgerEntry(LocalDate date, SourceKind kind, String sourceId, String sourceTitle, HourCategory category,
                          BigDecimal hours, String ruleCode, String explanation, String approvedBy) {

    public LedgerEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        requireText(sourceId, 100, "来源编号");
        requireText(sourceTitle, 200, "来源名称");
        requireText(ruleCode, 40, "规则");
        requireText(explanation, 500, "说明");
        hours = Hours.exact(hours);
        if (hours.signum() == 0 || (hours.signum() < 0 && kind != SourceKind.MANUAL_ADJUSTMENT)) {
            throw new HoursException("hours-not-positive", "学时必须大于零（仅人工调整可以为负数）");
        }
        if (kind.needsApproval()) {
            requireText(approvedBy, 100, "审核人");
        } else if (approvedBy != null) {
            throw new HoursException("approval-not-expected", kind.chinese() + "学时由系统按规则计入，无需审核人");
        }
    }

    /** An entry made by a rule table's award. */
    public static LedgerEntry awarded(LocalDate date, SourceKind kind, String sourceId, String sourceTitle,
                                      HourCategory category, HourAward award) {
        return new LedgerEntry(date, kind, sourceId, sourceTitle, category, award.hours(), award.rule().code(),
                award.explanation(), null);
    }

    /** True when both entries credit the same source (same kind and id). */
    public boolean sameSource(LedgerEntry other) {
        return kind == other.kind && sourceId.equals(other.sourceId);
    }

    private static void requireText(String value, int max, String what) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new HoursException("entry-field-bad", what + "不能为空，且不超过 " + max + " 个字符");
        }
    }
}
