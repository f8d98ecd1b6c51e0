package cn.gov.egov.portal.learning.hours;

import java.time.Duration;

/**
 * A range of lengths in whole minutes with explicit bounds, e.g. {@code ≥ 30}, {@code > 15 and < 30}, {@code ≤ 15}.
 * A null bound is open. Lengths are compared to the millisecond, so 15 min 01 s lies above 15.
 */
public record MinuteRange(Integer fromMinutes, boolean fromInclusive, Integer toMinutes, boolean toInclusive) {

    public MinuteRange {
        if (fromMinutes == null && toMinutes == null) {
            throw new IllegalArgumentException("a range needs at least one bound");
        }
        if ((fromMinutes != null && fromMinutes < 0) || (toMinutes != null && toMinutes < 0)) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        if (fromMinutes != null && toMinutes != null && fromMinutes > toMinutes) {
            throw new IllegalArgumentException("range from " + fromMinutes + " to " + toMinutes + " is empty");
        }
    }

    /** {@code length ≥ minutes}. */
    public static MinuteRange atLeast(int minutes) {
        return new MinuteRange(minutes, true, null, false);
    }

    /** {@code from < length < to}: both ends open. */
    public static MinuteRange between(int from, int to) {
        return new MinuteRange(from, false, to, false);
    }

    /** {@code 0 < length ≤ minutes}: a length of zero is no course. */
    public static MinuteRange upTo(int minutes) {
        return new MinuteRange(0, false, minutes, true);
    }

    public boolean contains(Duration length) {
        long millis = length.toMillis();
        if (fromMinutes != null) {
            long from = fromMinutes * 60_000L;
            if (fromInclusive ? millis < from : millis <= from) {
                return false;
            }
        }
        if (toMinutes != null) {
            long to = toMinutes * 60_000L;
            return toInclusive ? millis <= to : millis < to;
        }
        return true;
    }

    /** True when some length lies in both ranges (bounds compared with their inclusiveness). */
    public boolean overlaps(MinuteRange other) {
        // the intersection's lower bound: the greater one (null = open below), inclusive only if both include it
        Integer lo;
        boolean loInc;
        if (fromMinutes == null || (other.fromMinutes != null && other.fromMinutes > fromMinutes)) {
            lo = other.fromMinutes;
            loInc = other.fromInclusive;
        } else if (other.fromMinutes == null || fromMinutes > other.fromMinutes) {
            lo = fromMinutes;
            loInc = fromInclusive;
        } else {
            lo = fromMinutes;
            loInc = fromInclusive && other.fromInclusive;
        }
        Integer hi;
        boolean hiInc;
        if (toMinutes == null || (other.toMinutes != null && other.toMinutes < toMinutes)) {
            hi = other.toMinutes;
            hiInc = other.toInclusive;
        } else if (other.toMinutes == null || toMinutes < other.toMinutes) {
            hi = toMinutes;
            hiInc = toInclusive;
        } else {
            hi = toMinutes;
            hiInc = toInclusive && other.toInclusive;
        }
        if (lo == null || hi == null) {
            return true;
        }
        return lo < hi || (lo.equals(hi) && loInc && hiInc);
    }

    /** E.g. {@code ≥ 30 分钟}, {@code 15–30 分钟（不含两端）}, {@code ≤ 15 分钟}. */
    public String describe() {
        if (toMinutes == null) {
            return (fromInclusive ? "≥ " : "> ") + fromMinutes + " 分钟";
        }
        if (fromMinutes == null || (fromMinutes == 0 && !fromInclusive)) {
            return (toInclusive ? "≤ " : "< ") + toMinutes + " 分钟";
        }
        String ends = fromInclusive && toInclusive ? "（含两端）" : fromInclusive ? "（含 " + fromMinutes + "）"
                : toInclusive ? "（含 " + toMinutes + "）" : "（不含两端）";
        return fromMinutes + "–" + toMinutes + " 分钟" + ends;
    }
}
