package cn.gov.egov.conference.bridge;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code conference.bridge}. */
@Repository
public class BridgeRepository {

    private final JdbcClient jdbc;

    public BridgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Bridge> findAll() {
        return jdbc.sql("select * from bridge order by region_code, id").query(BridgeRepository::map).list();
    }

    public Optional<Bridge> find(String id) {
        return jdbc.sql("select * from bridge where id = :id").param("id", id).query(BridgeRepository::map)
                .optional();
    }

    /** Inserts or replaces a bridge from configuration (configuration wins over an earlier run's row). */
    public void upsertConfigured(Bridge b, Instant now) {
        jdbc.sql("""
                insert into bridge (id, base_url, region_code, capacity, enabled, source, created_at, updated_at)
                values (:id, :url, :region, :capacity, true, 'CONFIG', :now, :now)
                on conflict (id) do update set base_url = excluded.base_url, region_code = excluded.region_code,
                    capacity = excluded.capacity, source = 'CONFIG', updated_at = excluded.updated_at,
                    version = bridge.version + 1
                """).param("id", b.id()).param("url", b.baseUrl().toString()).param("region", b.regionCode())
                .param("capacity", b.capacity()).param("now", Timestamp.from(now)).update();
    }

    public boolean insert(Bridge b, Instant now) {
        return jdbc.sql("""
                insert into bridge (id, base_url, region_code, capacity, enabled, source, created_at, updated_at)
                values (:id, :url, :region, :capacity, :enabled, 'RUNTIME', :now, :now) on conflict (id) do nothing
                """).param("id", b.id()).param("url", b.baseUrl().toString()).param("region", b.regionCode())
                .param("capacity", b.capacity()).param("enabled", b.enabled()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Compare-and-set on {@code version}; false when someone changed it first. */
    public boolean update(Bridge b, long expectedVersion, Instant now) {
        return jdbc.sql("""
                update bridge set base_url = :url, region_code = :region, capacity = :capacity, enabled = :enabled,
                    updated_at = :now, version = version + 1
                where id = :id and version = :v
                """).param("id", b.id()).param("url", b.baseUrl().toString()).param("region", b.regionCode())
                .param("capacity", b.capacity()).param("enabled", b.enabled()).param("now", Timestamp.from(now))
                .param("v", expectedVersion).update() == 1;
    }

    public boolean delete(String id) {
        return jdbc.sql("delete from bridge where id = :id and source = 'RUNTIME'").param("id", id).update() == 1;
    }

    private static Bridge map(ResultSet rs, int row) throws SQLException {
        return new Bridge(rs.getString("id"), URI.create(rs.getString("base_url")), rs.getString("region_code"),
                rs.getInt("capacity"), rs.getBoolean("enabled"), rs.getString("source"), rs.getLong("version"));
    }
}
