package cn.gov.egov.portal.learning.hours;

import java.util.List;

import cn.gov.egov.region.Region;

/**
 * Fallback along the region tree, from the code alone (GB/T 2260 codes nest: province {@code xx0000},
 * prefecture {@code xxxx00}, county {@code xxxxxx}).
 */
public final class RegionCodes {

    private RegionCodes() {
    }

    /** The code itself, then its prefecture, then its province: nearest first, no duplicates. */
    public static List<String> fallbackChain(String code) {
        if (!Region.isWellFormedCode(code) || code.startsWith("00")) {
            throw new HoursException("region-code-bad", "行政区划代码应为六位数字：" + code);
        }
        String province = code.substring(0, 2) + "0000";
        String prefecture = code.substring(0, 4) + "00";
        if (code.equals(province)) {
            return List.of(code);
        }
        if (code.equals(prefecture)) {
            return List.of(code, province);
        }
        return List.of(code, prefecture, province);
    }
}
