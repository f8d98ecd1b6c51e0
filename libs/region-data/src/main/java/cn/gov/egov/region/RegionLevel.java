package cn.gov.egov.region;

/** Levels of China's administrative divisions that the platform manages (省 / 地州市 / 县区). */
public enum RegionLevel {
    PROVINCE("省级", "Province"),
    PREFECTURE("州市级", "Prefecture"),
    COUNTY("县级", "County");

    private final String chinese;
    private final String english;

    RegionLevel(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
