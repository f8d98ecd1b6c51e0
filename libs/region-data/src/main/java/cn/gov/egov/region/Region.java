package cn.gov.egov.region;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One division: a six-digit GB/T 2260 code, its official Chinese name, level and parent (null for a province).
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("region code must be six digits: " + code);
        }
        if ((level == RegionLevel.PROVINCE) != (parentCode == null)) {
            throw new IllegalArgumentException("only a province has no parent: " + code);
        }
    }

    /**
     * The code prefix shared by this region and everything below it (GB/T 2260 codes nest: 53 → 5301 → 530102),
     * for fast subtree queries such as {@code region_code LIKE '5301%'}.
     */
    public String subtreePrefix() {
        return switch (level) {
            case PROVINCE -> code.substring(0, 2);
            case PREFECTURE -> code.substring(0, 4);
            case COUNTY -> code;
        };
    }

    public static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
