package cn.gov.egov.portal.people.admin;

import java.util.UUID;

import cn.gov.egov.portal.people.Rank;

/**
 * What 人员管理 shows: people of a region subtree, optionally of one unit (with the units below it), of one rank,
 * active or not, and whose name or username contains a text. Nulls mean "any".
 */
public record PersonFilter(String regionCode, UUID departmentId, Rank rank, Boolean active, String text)
        implements java.io.Serializable {

    public static PersonFilter region(String regionCode) {
        return new PersonFilter(regionCode, null, null, null, null);
    }
}
