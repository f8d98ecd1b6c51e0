package cn.gov.egov.portal.learning.hours;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every region's rule table, looked up with fallback: county → prefecture → province → national default. A region
 * without its own table uses its nearest ancestor's.
 */
public final class HourRuleBook {

    private final HourRuleTable national;
    private final Map<String, HourRuleTable> byRegion;

    private HourRuleBook(HourRuleTable national, Map<String, HourRuleTable> byRegion) {
        this.national = national;
        this.byRegion = Map.copyOf(byRegion);
    }

    /** Only the national default. */
    public static HourRuleBook of(HourRuleTable national) {
        Objects.requireNonNull(national, "national");
        if (!national.isNational()) {
            throw new IllegalArgumentException("the default table must be the national one (" + HourRuleTable.NATIONAL
                    + ")");
        }
        return new HourRuleBook(national, Map.of());
    }

    /** The platform default: the standard conversion nationally and, explicitly, for Yunnan (530000). */
    public static HourRuleBook defaults() {
        return of(HourRuleTable.standard(HourRuleTable.NATIONAL)).with(HourRuleTable.standard("530000"));
    }

    /** A new book with {@code table} set for its region (replacing any table there). */
    public HourRuleBook with(HourRuleTable table) {
        if (table.isNational()) {
            return new HourRuleBook(table, byRegion);
        }
        RegionCodes.fallbackChain(table.regionCode()); // validates
        Map<String, HourRuleTable> copy = new HashMap<>(byRegion);
        copy.put(table.regionCode(), table);
        return new HourRuleBook(national, copy);
    }

    /** The table that governs {@code regionCode}: its own, else the nearest ancestor's, else the national one. */
    public HourRuleTable forRegion(String regionCode) {
        for (String code : RegionCodes.fallbackChain(regionCode)) {
            HourRuleTable table = byRegion.get(code);
            if (table != null) {
                return table;
            }
        }
        return national;
    }
}
