package cn.gov.egov.portal.people.admin;

import java.util.UUID;

import cn.gov.egov.portal.people.Rank;
import cn.gov.egov.portal.security.Role;

/** One row of 人员管理: a portal account with its profile. The ID number only ever masked. */
public record Person(UUID id, String username, String displayName, Role role, String regionCode, UUID departmentId,
                     String departmentPath, Rank rank, String phone, String email, String idNumberMasked,
                     boolean active) implements java.io.Serializable {
}
