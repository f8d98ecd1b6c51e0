package cn.gov.egov.portal.learning.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The figures of the 学习统计 report, as plain records (docs/reports.md says what each one means). */
public final class ReportFigures {

    private ReportFigures() {
    }

    /** Labels of the 学时 histogram buckets, in order; the last one is "met the annual requirement". */
    public static final List<String> BUCKETS = List.of("0", "0-10", "10-20", "20-30", "30-40", "40+", "met");

    /**
     * One group of learners (the whole scope, a direct sub-region or a department) and its figures.
     *
     * @param key      region code, department id or root-unit name; empty for "no unit"
     * @param label    what the page shows (region name, unit path, 本级 …), user text
     * @param buckets  learners per {@link #BUCKETS} entry; they add up to {@code learners}
     * @param assigned required-course assignments (learner × course) of the year's published required courses
     */
    public record Group(String key, String label, long learners, long met, BigDecimal averageHours,
                       BigDecimal medianHours, long[] buckets, long assigned, long completed, long overdue) {

        /** Completed ÷ assigned in per cent, one decimal place (rounded down); zero when nothing is assigned. */
        public BigDecimal completionRate() {
            return percent(completed, assigned);
        }

        /** Learners who met the annual requirement ÷ learners, per cent. */
        public BigDecimal metRate() {
            return percent(met, learners);
        }
    }

    /** Pass figures of one exam within the scope and year. */
    public record ExamRate(UUID examId, String title, long attempts, long learners, long passed) {
        public BigDecimal rate() {
            return percent(passed, learners);
        }
    }

    /** One overdue required course of one learner. */
    public record Overdue(String learner, String username, String unit, String regionCode, String course,
                          LocalDate deadline, long daysOverdue) {
    }

    /** One learner in the ranking by 学时 of the year. */
    public record Ranked(int rank, String learner, String unit, String regionCode, BigDecimal hours) {
    }

    /** Everything the page shows above the paged overdue grid. */
    public record Summary(int year, String regionCode, LocalDate today, Group total, String subLevel,
                          List<Group> subGroups, List<Group> departments, List<ExamRate> exams, long overdueCount,
                          List<Ranked> topLearners, List<Group> subGroupsByAverage) {
    }

    /**
     * What a group is called on the page: its own label, except the scope region's own level ({@code ownKey},
     * "昆明市（本级）") and learners without a unit (empty key).
     */
    public static String displayLabel(Group g, String scopeCode, java.util.function.Function<String, String> own,
                                      String noUnit) {
        if (g.key().isEmpty()) {
            return noUnit;
        }
        return g.key().equals(scopeCode) ? own.apply(g.label()) : g.label();
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN);
    }
}
