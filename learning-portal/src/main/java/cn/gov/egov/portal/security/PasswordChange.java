package cn.gov.egov.portal.security;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * 修改密码, required at first log-in of an imported account ({@code app_user.must_change_password}): the new password
 * is at least 8 characters with a letter and a digit, differs from the current one, and is stored under the portal's
 * default encoder (BCrypt), replacing the initial password's hash.
 */
@Service
public class PasswordChange {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public PasswordChange(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    public boolean mustChange(String username) {
        return jdbc.sql("select must_change_password from app_user where username = :u").param("u", username)
                .query(Boolean.class).optional().orElse(false);
    }

    /** @return null when changed, else the translation key of what is wrong */
    public String change(String username, String current, String next) {
        String hash = jdbc.sql("select password_hash from app_user where username = :u and enabled")
                .param("u", username).query(String.class).optional().orElse(null);
        if (hash == null || current == null || !encoder.matches(current, hash)) {
            return "password.error.current";
        }
        if (next == null || next.length() < 8 || next.length() > 64 || !next.matches(".*[A-Za-z].*")
                || !next.matches(".*[0-9].*")) {
            return "password.error.weak";
        }
        if (next.equals(current)) {
            return "password.error.same";
        }
        jdbc.sql("""
                update app_user set password_hash = :h, must_change_password = false, updated_at = :at
                where username = :u
                """).param("h", encoder.encode(next)).param("at", Timestamp.from(clock.instant()))
                .param("u", username).update();
        return null;
    }
}
