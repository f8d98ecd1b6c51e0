package cn.gov.egov.portal.learning.hours;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;

/**
 * The annual requirements set by regions, looked up like rule tables: county → prefecture → province → the national
 * default (50 = 20 required + 30 elective). A requirement is set for one year at a time.
 */
public final class AnnualRequirements {

    private final Map<String, AnnualRequirement> byRegionAndYear;

    private AnnualRequirements(Map<String, AnnualRequirement> byRegionAndYear) {
        this.byRegionAndYear = Map.copyOf(byRegionAndYear);
    }

    public static AnnualRequirements nationalDefaultOnly() {
        return new AnnualRequirements(Map.of());
    }

    /** A new set with {@code requirement} for its region and year (replacing any there). */
    public AnnualRequirements with(AnnualRequirement requirement) {
        if (HourRuleTable.NATIONAL.equals(requirement.regionCode())) {
            throw new IllegalArgumentException("the national default is fixed: 50 = 20 + 30");
        }
        RegionCodes.fallbackChain(requirement.regionCode()); // validates
        Map<String, AnnualRequirement> copy = new HashMap<>(byRegionAndYear);
        copy.put(key(requirement.regionCode(), requirement.year()), requirement);
        return new AnnualRequirements(copy);
    }

    public AnnualRequirement forRegion(String regionCode, Year year) {
        for (String code : RegionCodes.fallbackChain(regionCode)) {
            AnnualRequirement r = byRegionAndYear.get(key(code, year));
            if (r != null) {
                return r;
            }
        }
        return AnnualRequirement.nationalDefault(year);
    }

    private static String key(String code, Year year) {
        return code + "/" + year.getValue();
    }
}
