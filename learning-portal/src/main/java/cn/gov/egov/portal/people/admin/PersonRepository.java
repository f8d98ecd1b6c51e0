package cn.gov.egov.portal.people.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.people.Rank;
import cn.gov.egov.portal.security.Role;

/** The people columns of {@code app_user}: paged filtered reads, existence checks and batched inserts. */
@Repository
public class PersonRepository {

    private static final int LOOKUP_CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public PersonRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A new account as an import writes it: random initial password, to be changed at first log-in. */
    public record NewPerson(UUID id, String username, String displayName, String email, String passwordHash,
                            Role role, String regionCode, UUID departmentId, Rank rank, String phone,
                            String idNumberMasked, String idNumberHash) {
    }

    public List<Person> page(Collection<String> regionCodes, PersonFilter filter, int offset, int limit) {
        var where = where(regionCodes, filter);
        return where.bind(jdbc.sql("""
                select u.*, d.path as department_path from app_user u left join department d on d.id = u.department_id
                """ + where.sql + " order by u.region_code, u.display_name, u.username offset :off limit :lim"))
                .param("off", offset).param("lim", limit).query(this::map).list();
    }

    public int count(Collection<String> regionCodes, PersonFilter filter) {
        var where = where(regionCodes, filter);
        return where.bind(jdbc.sql("select count(*) from app_user u" + where.sql)).query(Integer.class).single();
    }

    public Optional<Person> find(UUID id) {
        return jdbc.sql("""
                select u.*, d.path as department_path from app_user u left join department d on d.id = u.department_id
                where u.id = :id
                """).param("id", id).query(this::map).optional();
    }

    public void setActive(UUID id, boolean active, Instant at) {
        jdbc.sql("""
                update app_user set enabled = :a, deactivated_at = :off, updated_at = :at where id = :id
                """).param("a", active).param("off", active ? null : Timestamp.from(at), java.sql.Types.TIMESTAMP)
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Which of {@code usernames} are taken already. */
    public Set<String> existingUsernames(Collection<String> usernames) {
        return existing("username", usernames);
    }

    /** Which of the ID-number hashes are on an account already. */
    public Set<String> existingIdHashes(Collection<String> hashes) {
        return existing("id_number_hash", hashes);
    }

    private Set<String> existing(String column, Collection<String> values) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(values);
        for (int i = 0; i < all.size(); i += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + LOOKUP_CHUNK));
            found.addAll(template.queryForList("select " + column + " from app_user where " + column
                    + " = any (?)", String.class, (Object) chunk.toArray(String[]::new)));
        }
        return found;
    }

    /** Inserts in JDBC batches of {@code batchSize}; {@code done} is told the running count. */
    public void insertAll(List<NewPerson> people, Instant at, int batchSize, java.util.function.IntConsumer done) {
        Timestamp now = Timestamp.from(at);
        for (int i = 0; i < people.size(); i += batchSize) {
            List<NewPerson> batch = people.subList(i, Math.min(people.size(), i + batchSize));
            template.batchUpdate("""
                    insert into app_user (id, username, display_name, email, password_hash, role, region_code, enabled,
                        created_at, department_id, rank, phone, id_number_masked, id_number_hash, must_change_password,
                        updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, true, ?)
                    """, batch, batch.size(), (ps, p) -> {
                ps.setObject(1, p.id());
                ps.setString(2, p.username());
                ps.setString(3, p.displayName());
                ps.setString(4, p.email());
                ps.setString(5, p.passwordHash());
                ps.setString(6, p.role().name());
                ps.setString(7, p.regionCode());
                ps.setTimestamp(8, now);
                ps.setObject(9, p.departmentId());
                ps.setString(10, p.rank() == null ? null : p.rank().name());
                ps.setString(11, p.phone());
                ps.setString(12, p.idNumberMasked());
                ps.setString(13, p.idNumberHash());
                ps.setTimestamp(14, now);
            });
            done.accept(i + batch.size());
        }
    }

    private record Where(String sql, List<Object[]> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (Object[] p : params) {
                spec = spec.param((String) p[0], p[1]);
            }
            return spec;
        }
    }

    private static Where where(Collection<String> regionCodes, PersonFilter f) {
        StringBuilder sql = new StringBuilder(" where u.region_code in (:codes)");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"codes", List.copyOf(regionCodes)});
        if (f.departmentId() != null) {
            sql.append("""
                     and u.department_id in (select c.id from department p join department c
                        on c.region_code = p.region_code and (c.id = p.id or left(c.path, length(p.path) + 1) = p.path || '/')
                        where p.id = :dep)""");
            params.add(new Object[] {"dep", f.departmentId()});
        }
        if (f.rank() != null) {
            sql.append(" and u.rank = :rank");
            params.add(new Object[] {"rank", f.rank().name()});
        }
        if (f.active() != null) {
            sql.append(" and u.enabled = :active");
            params.add(new Object[] {"active", f.active()});
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (strpos(u.display_name, :q) > 0 or strpos(u.username, lower(:q)) > 0)");
            params.add(new Object[] {"q", f.text().strip()});
        }
        return new Where(sql.toString(), params);
    }

    private Person map(ResultSet rs, int row) throws SQLException {
        String rank = rs.getString("rank");
        return new Person(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("region_code"),
                rs.getObject("department_id", UUID.class), rs.getString("department_path"),
                rank == null ? null : Rank.valueOf(rank), rs.getString("phone"), rs.getString("email"),
                rs.getString("id_number_masked"), rs.getBoolean("enabled"));
    }
}
