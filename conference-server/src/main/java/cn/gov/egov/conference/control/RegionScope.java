package cn.gov.egov.conference.control;

/** The region tree's one rule control needs; {@code RegionTree::isWithin} is one. */
@FunctionalInterface
public interface RegionScope {

    /** True when {@code code} is {@code ancestor} itself or lies below it. */
    boolean isWithin(String code, String ancestor);
}
