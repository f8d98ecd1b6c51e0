package cn.gov.egov.portal.security;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.gov.egov.region.Region;

/**
 * A portal account: one role bound to one region. The password is only ever held as a hash. The e-mail address is
 * optional (null when unknown); conference notices are mailed to it.
 */
public record PortalUser(UUID id, String username, String displayName, String email, String passwordHash, Role role,
                         String regionCode, boolean enabled) implements java.io.Serializable {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /** One address, no spaces or display name: {@code local@domain.tld}, at most 254 characters. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

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
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new IllegalArgumentException(
                    "email must be one address like name@example.gov.cn, at most 254 characters");
        }
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
