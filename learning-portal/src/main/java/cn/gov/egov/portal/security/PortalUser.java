package cn.gov.egov.portal.security;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.gov.egov.region.Region;

/** A portal account: one role bound to one region. The password is only ever held as a hash. */
public record PortalUser(UUID id, String username, String displayName, String passwordHash, Role role,
                         String regionCode, boolean enabled) implements java.io.Serializable {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public PortalUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 2-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new IllegalArgumentException("display name must be 1-100 characters");
        }
        if (!Region.isWellFormedCode(regionCode)) {
            throw new IllegalArgumentException("region must be a six-digit division code");
        }
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
