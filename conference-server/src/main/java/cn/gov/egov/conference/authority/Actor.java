package cn.gov.egov.conference.authority;

import java.util.Objects;

/** The signed-in user a call acts for, as the portal asserted it in the signed service token. */
public record Actor(String username, Role role, String regionCode, String clientAddress) {

    /** Roles as the portal names them. */
    public enum Role { LEARNER, COURSE_ADMIN, REGION_ADMIN, SYSTEM_ADMIN }

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(regionCode, "regionCode");
    }

    public boolean isAdministrator() {
        return role == Role.REGION_ADMIN || role == Role.SYSTEM_ADMIN;
    }
}
