package cn.gov.egov.portal.learning.hours;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks an administrator's rule table before it is stored (the table itself resolves overlaps by order; a table
 * edited on a screen should not rely on that). Plain Java.
 */
public final class RuleTableChecks {

    private RuleTableChecks() {
    }

    /** Two rules of the same kind that could both apply to one length, or empty; a flat rule overlaps any other. */
    public static Optional<List<HourRule>> overlap(List<HourRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                HourRule a = rules.get(i);
                HourRule b = rules.get(j);
                if (a.kind() == b.kind() && (a.range() == null || b.range() == null || a.range().overlaps(b.range()))) {
                    return Optional.of(List.of(a, b));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where course lengths above zero find no COURSE rule: the minute at which the first gap starts, or empty when
     * every length is covered. Assumes no overlap ({@link #overlap} first).
     */
    public static Optional<Integer> courseGap(List<HourRule> rules) {
        List<MinuteRange> ranges = new ArrayList<>();
        for (HourRule r : rules) {
            if (r.kind() == SourceKind.COURSE) {
                if (r.range() == null) {
                    return Optional.empty(); // a flat course rule covers every length
                }
                ranges.add(r.range());
            }
        }
        ranges.sort(Comparator.comparing(MinuteRange::fromMinutes, Comparator.nullsFirst(Comparator.naturalOrder())));
        int reach = 0; // lengths up to here are covered (length 0 is no course)
        boolean reachInclusive = true;
        for (MinuteRange r : ranges) {
            boolean joins = r.fromMinutes() == null || r.fromMinutes() < reach
                    || (r.fromMinutes() == reach && (r.fromInclusive() || reachInclusive));
            if (!joins) {
                return Optional.of(reach);
            }
            if (r.toMinutes() == null) {
                return Optional.empty();
            }
            if (r.toMinutes() > reach || (r.toMinutes() == reach && r.toInclusive())) {
                reach = r.toMinutes();
                reachInclusive = r.toInclusive();
            }
        }
        return Optional.of(reach);
    }
}
