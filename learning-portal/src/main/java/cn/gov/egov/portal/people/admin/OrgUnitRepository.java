package cn.gov.egov.portal.people.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code department}. Paths are compared exactly ({@code left(path, n)}), never with LIKE patterns. */
@Repository
public class OrgUnitRepository {

    private final JdbcClient jdbc;

    public OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OrgUnit u, Instant at) {
        jdbc.sql("""
                insert into department (id, region_code, parent_id, name, path, depth, active, created_at, updated_at)
                values (:id, :region, :parent, :name, :path, :depth, :active, :at, :at)
                """).param("id", u.id()).param("region", u.regionCode()).param("parent", u.parentId())
                .param("name", u.name()).param("path", u.path()).param("depth", u.depth())
                .param("active", u.active()).param("at", Timestamp.from(at)).update();
    }

    public Optional<OrgUnit> find(UUID id) {
        return jdbc.sql("select * from department where id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<OrgUnit> findByPath(String regionCode, String path) {
        return jdbc.sql("select * from department where region_code = :r and path = :p").param("r", regionCode)
                .param("p", path).query(this::map).optional();
    }

    /** Every unit of the given regions, active or not, ordered by region and path (parents before children). */
    public List<OrgUnit> inRegions(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from department where region_code in (:r) order by region_code, path")
                .param("r", List.copyOf(regionCodes)).query(this::map).list();
    }

    /** The unit and everything below it. */
    public List<OrgUnit> subtree(OrgUnit unit) {
        return jdbc.sql("""
                select * from department where region_code = :r and (path = :p or left(path, :n) = :prefix)
                order by path
                """).param("r", unit.regionCode()).param("p", unit.path()).param("n", unit.path().length() + 1)
                .param("prefix", unit.path() + "/").query(this::map).list();
    }

    /** Renames or moves a unit: its own row, then every descendant's path prefix and depth. */
    public void relocate(OrgUnit unit, UUID newParent, String newName, String newPath, int newDepth, Instant at) {
        jdbc.sql("""
                update department set path = :newPath || substr(path, :cut), depth = depth + :shift, updated_at = :at
                where region_code = :r and left(path, :n) = :prefix
                """).param("newPath", newPath).param("cut", unit.path().length() + 1)
                .param("shift", newDepth - unit.depth()).param("at", Timestamp.from(at))
                .param("r", unit.regionCode()).param("n", unit.path().length() + 1)
                .param("prefix", unit.path() + "/").update();
        jdbc.sql("""
                update department set parent_id = :parent, name = :name, path = :path, depth = :depth,
                    updated_at = :at where id = :id
                """).param("parent", newParent).param("name", newName).param("path", newPath)
                .param("depth", newDepth).param("at", Timestamp.from(at)).param("id", unit.id()).update();
    }

    public void setActive(Collection<UUID> ids, boolean active, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update department set active = :a, updated_at = :at where id in (:ids)").param("a", active)
                .param("at", Timestamp.from(at)).param("ids", List.copyOf(ids)).update();
    }

    private OrgUnit map(ResultSet rs, int row) throws SQLException {
        return new OrgUnit(rs.getObject("id", UUID.class), rs.getString("region_code"),
                rs.getObject("parent_id", UUID.class), rs.getString("name"), rs.getString("path"),
                rs.getInt("depth"), rs.getBoolean("active"));
    }
}
