package cn.gov.egov.portal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PortalUser> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = :u")
                .param("u", username)
                .query(UserRepository::map)
                .optional();
    }

    /** The accounts among {@code usernames} that exist. */
    public List<PortalUser> findByUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from app_user where username in (:u)")
                .param("u", List.copyOf(usernames))
                .query(UserRepository::map)
                .list();
    }

    public void insert(PortalUser user) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, password_hash, role, region_code, enabled)
                values (:id, :username, :displayName, :email, :hash, :role, :region, :enabled)
                """)
                .param("id", user.id()).param("username", user.username()).param("displayName", user.displayName())
                .param("email", user.email())
                .param("hash", user.passwordHash()).param("role", user.role().name())
                .param("region", user.regionCode()).param("enabled", user.enabled())
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private static PortalUser map(ResultSet rs, int row) throws SQLException {
        return new PortalUser(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getString("region_code"), rs.getBoolean("enabled"));
    }
}
