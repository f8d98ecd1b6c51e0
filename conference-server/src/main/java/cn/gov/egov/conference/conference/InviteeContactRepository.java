package cn.gov.egov.conference.conference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest contact details the portal sent for each invited user (table {@code user_contact}). */
@Repository
public class InviteeContactRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public InviteeContactRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores each contact, replacing what was known of that user. */
    public void remember(List<InviteeContact> contacts, Instant now) {
        if (contacts.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                insert into user_contact (username, display_name, email, mobile, updated_at) values (?, ?, ?, ?, ?)
                on conflict (username) do update set display_name = excluded.display_name, email = excluded.email,
                    mobile = excluded.mobile, updated_at = excluded.updated_at
                """, contacts, 500, (ps, c) -> {
            ps.setString(1, c.username());
            ps.setString(2, c.displayName());
            ps.setString(3, c.email());
            ps.setString(4, c.mobile());
            ps.setTimestamp(5, Timestamp.from(now));
        });
    }

    public Optional<InviteeContact> find(String username) {
        return jdbc.sql("select username, display_name, email, mobile from user_contact where username = :u")
                .param("u", username)
                .query((rs, n) -> new InviteeContact(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email"), rs.getString("mobile")))
                .optional();
    }
}
