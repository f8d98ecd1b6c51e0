package cn.gov.egov.portal.learning.hours;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A learner's hours for one year: immutable entries in date order (ties in the order added), each source credited
 * at most once in the year. Adding returns a new ledger.
 */
public record Ledger(UUID learnerId, Year year, List<LedgerEntry> entries) {

    private static final Comparator<LedgerEntry> BY_DATE = Comparator.comparing(LedgerEntry::date);

    public Ledger {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(year, "year");
        List<LedgerEntry> sorted = new ArrayList<>(Objects.requireNonNull(entries, "entries"));
        sorted.sort(BY_DATE); // stable: same-day entries keep their order
        for (int i = 0; i < sorted.size(); i++) {
            LedgerEntry e = sorted.get(i);
            checkYear(year, e);
            for (int j = 0; j < i; j++) {
                if (sorted.get(j).sameSource(e)) {
                    throw duplicate(year, e);
                }
            }
        }
        entries = List.copyOf(sorted);
    }

    public static Ledger empty(UUID learnerId, Year year) {
        return new Ledger(learnerId, year, List.of());
    }

    /**
     * This ledger plus {@code entry}.
     *
     * @throws HoursException {@code duplicate-source} when the source is already credited this year, or
     *                        {@code entry-outside-year} when the entry is dated in another year
     */
    public Ledger add(LedgerEntry entry) {
        checkYear(year, entry);
        if (find(entry.kind(), entry.sourceId()).isPresent()) {
            throw duplicate(year, entry);
        }
        List<LedgerEntry> more = new ArrayList<>(entries.size() + 1);
        more.addAll(entries);
        more.add(entry);
        return new Ledger(learnerId, year, more);
    }

    public Optional<LedgerEntry> find(SourceKind kind, String sourceId) {
        for (LedgerEntry e : entries) {
            if (e.kind() == kind && e.sourceId().equals(sourceId)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public boolean hasCredited(SourceKind kind, String sourceId) {
        return find(kind, sourceId).isPresent();
    }

    /** The sum of one category, adjustments included (scale 2). */
    public BigDecimal earned(HourCategory category) {
        BigDecimal sum = Hours.ZERO;
        for (LedgerEntry e : entries) {
            if (e.category() == category) {
                sum = sum.add(e.hours());
            }
        }
        return sum;
    }

    public BigDecimal total() {
        return earned(HourCategory.REQUIRED).add(earned(HourCategory.ELECTIVE));
    }

    private static void checkYear(Year year, LedgerEntry e) {
        if (e.date().getYear() != year.getValue()) {
            throw new HoursException("entry-outside-year",
                    "日期 " + e.date() + " 不属于 " + year.getValue() + " 年度的学时台账");
        }
    }

    private static HoursException duplicate(Year year, LedgerEntry e) {
        return new HoursException("duplicate-source",
                "「" + e.sourceTitle() + "」已计入 " + year.getValue() + " 年度学时，不能重复计入");
    }
}
