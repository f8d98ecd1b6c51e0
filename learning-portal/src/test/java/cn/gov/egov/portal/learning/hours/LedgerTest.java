package cn.gov.egov.portal.learning.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Immutable, explained entries; each source credited once a year; hand-made entries carry their approver. */
class LedgerTest {

    static final UUID LEARNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final Year Y2026 = Year.of(2026);
    static final HourRuleTable YUNNAN = HourRuleTable.standard("530000");

    static LedgerEntry course(String id, LocalDate date, int minutes, HourCategory category) {
        return LedgerEntry.awarded(date, SourceKind.COURSE, id, "课程 " + id, category,
                YUNNAN.course(Duration.ofMinutes(minutes)));
    }

    static LedgerEntry manual(String id, LocalDate date, String hours, HourCategory category) {
        return new LedgerEntry(date, SourceKind.MANUAL_ADJUSTMENT, id, "补录 " + id, category, new BigDecimal(hours),
                "MANUAL_ADJUSTMENT", "线下专题培训补录", "管理员张三");
    }

    @Test
    void entriesAreKeptInDateOrderAndExplainThemselves() {
        Ledger ledger = Ledger.empty(LEARNER, Y2026)
                .add(course("c2", LocalDate.of(2026, 5, 1), 45, HourCategory.REQUIRED))
                .add(course("c1", LocalDate.of(2026, 3, 1), 20, HourCategory.ELECTIVE))
                .add(course("c3", LocalDate.of(2026, 5, 1), 10, HourCategory.ELECTIVE));
        assertThat(ledger.entries()).extracting(LedgerEntry::sourceId).containsExactly("c1", "c2", "c3");
        LedgerEntry first = ledger.entries().getFirst();
        assertThat(first.hours()).isEqualTo(Hours.of("0.50"));
        assertThat(first.ruleCode()).isEqualTo("COURSE_15_30");
        assertThat(first.explanation()).contains("20 分钟").contains("0.50 学时");
        assertThat(first.approvedBy()).isNull();
        assertThat(ledger.earned(HourCategory.REQUIRED)).isEqualTo(Hours.of("1"));
        assertThat(ledger.earned(HourCategory.ELECTIVE)).isEqualTo(Hours.of("0.75"));
        assertThat(ledger.total()).isEqualTo(new BigDecimal("1.75"));
    }

    @Test
    void addingReturnsANewLedgerAndLeavesTheOldOneAlone() {
        Ledger empty = Ledger.empty(LEARNER, Y2026);
        Ledger one = empty.add(course("c1", LocalDate.of(2026, 3, 1), 30, HourCategory.REQUIRED));
        assertThat(empty.entries()).isEmpty();
        assertThat(one.entries()).hasSize(1);
        assertThatThrownBy(() -> one.entries().add(course("c9", LocalDate.of(2026, 3, 1), 30,
                HourCategory.REQUIRED))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSameSourceIsCreditedOnlyOnceAYear() {
        Ledger ledger = Ledger.empty(LEARNER, Y2026).add(course("c1", LocalDate.of(2026, 3, 1), 30,
                HourCategory.REQUIRED));
        assertThatThrownBy(() -> ledger.add(course("c1", LocalDate.of(2026, 9, 1), 30, HourCategory.ELECTIVE)))
                .isInstanceOfSatisfying(HoursException.class, e -> {
                    assertThat(e.code()).isEqualTo("duplicate-source");
                    assertThat(e.getMessage()).isEqualTo("「课程 c1」已计入 2026 年度学时，不能重复计入");
                });
        assertThat(ledger.hasCredited(SourceKind.COURSE, "c1")).isTrue();
        // same id, different kind (the course's exam) is another source
        Ledger withExam = ledger.add(LedgerEntry.awarded(LocalDate.of(2026, 3, 2), SourceKind.EXAM, "c1", "结业考试",
                HourCategory.REQUIRED, YUNNAN.passedExam()));
        assertThat(withExam.total()).isEqualTo(Hours.of("1.5"));
        // a ledger built from a list with a duplicate is refused too
        assertThatThrownBy(() -> new Ledger(LEARNER, Y2026, List.of(
                course("c1", LocalDate.of(2026, 3, 1), 30, HourCategory.REQUIRED),
                course("c1", LocalDate.of(2026, 4, 1), 30, HourCategory.REQUIRED))))
                .isInstanceOfSatisfying(HoursException.class, e -> assertThat(e.code()).isEqualTo("duplicate-source"));
        // manual adjustments are keyed by their ticket
        Ledger adjusted = ledger.add(manual("T-1", LocalDate.of(2026, 4, 1), "2", HourCategory.ELECTIVE));
        assertThatThrownBy(() -> adjusted.add(manual("T-1", LocalDate.of(2026, 4, 2), "2", HourCategory.ELECTIVE)))
                .isInstanceOf(HoursException.class);
    }

    @Test
    void aLedgerHoldsOnlyItsOwnYear() {
        Ledger ledger = Ledger.empty(LEARNER, Y2026);
        assertThatThrownBy(() -> ledger.add(course("c1", LocalDate.of(2025, 12, 31), 30, HourCategory.REQUIRED)))
                .isInstanceOfSatisfying(HoursException.class,
                        e -> assertThat(e.code()).isEqualTo("entry-outside-year"));
        // the same course may count again in another year's ledger
        Ledger next = Ledger.empty(LEARNER, Year.of(2027)).add(course("c1", LocalDate.of(2027, 1, 5), 30,
                HourCategory.REQUIRED));
        assertThat(next.total()).isEqualTo(Hours.of("1"));
    }

    @Test
    void handMadeEntriesNeedAnApproverAndAReason() {
        LocalDate d = LocalDate.of(2026, 4, 1);
        assertThatThrownBy(() -> new LedgerEntry(d, SourceKind.MANUAL_ADJUSTMENT, "T-1", "补录", HourCategory.ELECTIVE,
                Hours.of("2"), "MANUAL_ADJUSTMENT", "线下培训", null))
                .isInstanceOfSatisfying(HoursException.class, e -> assertThat(e.getMessage()).contains("审核人"));
        assertThatThrownBy(() -> new LedgerEntry(d, SourceKind.CONFERENCE_TRAINING, "M-1", "专题报告会",
                HourCategory.REQUIRED, Hours.of("2"), "CONFERENCE_TRAINING", "参会", " "))
                .isInstanceOf(HoursException.class);
        assertThatThrownBy(() -> new LedgerEntry(d, SourceKind.MANUAL_ADJUSTMENT, "T-1", "补录", HourCategory.ELECTIVE,
                Hours.of("2"), "MANUAL_ADJUSTMENT", "", "管理员"))
                .as("every entry explains itself").isInstanceOf(HoursException.class);
        assertThatThrownBy(() -> new LedgerEntry(d, SourceKind.COURSE, "c1", "课程", HourCategory.ELECTIVE,
                Hours.of("1"), "COURSE_30_PLUS", "规则", "管理员"))
                .isInstanceOfSatisfying(HoursException.class,
                        e -> assertThat(e.code()).isEqualTo("approval-not-expected"));
    }

    @Test
    void hoursAreExactAndOnlyAdjustmentsMayBeNegative() {
        LocalDate d = LocalDate.of(2026, 4, 1);
        Ledger ledger = Ledger.empty(LEARNER, Y2026)
                .add(course("c1", d, 30, HourCategory.ELECTIVE))
                .add(manual("T-1", d, "-0.5", HourCategory.ELECTIVE));
        assertThat(ledger.earned(HourCategory.ELECTIVE)).isEqualTo(Hours.of("0.5"));
        assertThat(ledger.entries().get(1).hours().scale()).isEqualTo(2);
        assertThatThrownBy(() -> manual("T-2", d, "0.125", HourCategory.ELECTIVE))
                .isInstanceOfSatisfying(HoursException.class, e -> assertThat(e.code()).isEqualTo("hours-not-exact"));
        assertThatThrownBy(() -> manual("T-3", d, "0", HourCategory.ELECTIVE)).isInstanceOf(HoursException.class);
        assertThatThrownBy(() -> new LedgerEntry(d, SourceKind.EXAM, "e1", "考试", HourCategory.ELECTIVE,
                Hours.of("-0.5"), "EXAM_PASSED", "考试", null))
                .isInstanceOfSatisfying(HoursException.class,
                        e -> assertThat(e.code()).isEqualTo("hours-not-positive"));
    }
}
