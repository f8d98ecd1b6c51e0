package cn.gov.egov.portal.people;

import java.util.Objects;

import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;

/**
 * A roster row that passed every check, normalised: the person to create or update. The 身份证号 is only its masked
 * form and keyed hash.
 *
 * @param row        the row it came from
 * @param idNumber   null when the roster did not give one
 * @param phone      11 digits, or null
 * @param email      or null
 * @param regionCode the region the person belongs to (inside the importer's subtree)
 * @param rank       null when the roster did not give one
 */
public record RosterEntry(int row, String name, String username, ProtectedIdNumber idNumber, String phone,
                          String email, String regionCode, Department department, Rank rank, Role role) {

    public RosterEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(role, "role");
        if (username == null || !PortalUser.USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("not a portal username: " + username);
        }
        if (!department.regionCode().equals(regionCode)) {
            throw new IllegalArgumentException("the department must be in the person's region");
        }
    }
}
