package cn.gov.egov.conference.region;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * Keeps the {@code region} table in step with the committed division data (the whole country, ≈3,200 rows), so
 * rooms and conferences reference regions with foreign keys. Idempotent: one batch upsert on every start.
 */
@Service
public class RegionCatalog {

    private static final Logger log = LoggerFactory.getLogger(RegionCatalog.class);

    private final JdbcTemplate jdbc;
    private final RegionTree regions;
    private final RegionProperties properties;

    public RegionCatalog(JdbcTemplate jdbc, RegionTree regions, RegionProperties properties) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.properties = properties;
    }

    @Transactional
    public int synchronise() {
        List<Region> all = regions.all();
        jdbc.batchUpdate("""
                insert into region (code, name, level, parent_code) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, level = excluded.level,
                    parent_code = excluded.parent_code
                where (region.name, region.level, region.parent_code)
                      is distinct from (excluded.name, excluded.level, excluded.parent_code)
                """, all, 500, (ps, r) -> {
                    ps.setString(1, r.code());
                    ps.setString(2, r.name());
                    ps.setString(3, r.level().name());
                    ps.setString(4, r.parentCode());
                });
        log.info("Region catalogue holds {} divisions; this deployment serves provinces {}", all.size(),
                properties.provinces());
        return all.size();
    }

    public List<String> provinces() {
        return properties.provinces();
    }
}
