package cn.gov.egov.conference.region;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * Keeps the {@code region} table in step with the committed division data for the configured provinces, so that
 * rooms and conferences can reference regions with foreign keys. Idempotent: safe on every start.
 */
@Service
public class RegionCatalog {

    private static final Logger log = LoggerFactory.getLogger(RegionCatalog.class);

    private final JdbcClient jdbc;
    private final RegionProperties properties;

    public RegionCatalog(JdbcClient jdbc, RegionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional
    public int synchronise() {
        RegionTree china = RegionTree.china();
        int n = 0;
        for (String province : properties.provinces()) {
            for (Region r : china.subtree(province)) {
                n += jdbc.sql("""
                        insert into region (code, name, level, parent_code) values (:code, :name, :level, :parent)
                        on conflict (code) do update set name = excluded.name, level = excluded.level,
                            parent_code = excluded.parent_code
                        """)
                        .param("code", r.code()).param("name", r.name()).param("level", r.level().name())
                        .param("parent", r.parentCode())
                        .update();
            }
        }
        log.info("Region catalogue holds {} divisions of provinces {}", n, properties.provinces());
        return n;
    }

    public List<String> provinces() {
        return properties.provinces();
    }
}
