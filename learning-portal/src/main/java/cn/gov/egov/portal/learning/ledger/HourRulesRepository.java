package cn.gov.egov.portal.learning.ledger;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.learning.hours.AnnualRequirement;
import cn.gov.egov.portal.learning.hours.AnnualRequirements;
import cn.gov.egov.portal.learning.hours.HourRule;
import cn.gov.egov.portal.learning.hours.HourRuleBook;
import cn.gov.egov.portal.learning.hours.HourRuleTable;
import cn.gov.egov.portal.learning.hours.MinuteRange;
import cn.gov.egov.portal.learning.hours.SourceKind;

/**
 * Tables {@code hour_rule} and {@code annual_requirement}: regions' own rule tables and requirements on top of the
 * domain's defaults ({@link HourRuleBook#defaults()}, the national 50 = 20 + 30). Both tables are small (a few rows
 * per region that sets its own), so they are read whole.
 */
@Repository
public class HourRulesRepository {

    private final JdbcClient jdbc;

    public HourRulesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public HourRuleBook ruleBook() {
        Map<String, List<HourRule>> byRegion = new LinkedHashMap<>();
        jdbc.sql("select * from hour_rule order by region_code, position").query(rs -> {
            Integer from = rs.getObject("from_minutes", Integer.class);
            Integer to = rs.getObject("to_minutes", Integer.class);
            MinuteRange range = from == null && to == null ? null
                    : new MinuteRange(from, rs.getBoolean("from_inclusive"), to, rs.getBoolean("to_inclusive"));
            byRegion.computeIfAbsent(rs.getString("region_code"), k -> new ArrayList<>()).add(new HourRule(
                    rs.getString("code"), SourceKind.valueOf(rs.getString("source_kind")), range,
                    rs.getBigDecimal("hours"), rs.getString("label")));
        });
        HourRuleBook book = HourRuleBook.defaults();
        for (Map.Entry<String, List<HourRule>> e : byRegion.entrySet()) {
            book = book.with(new HourRuleTable(e.getKey(), e.getValue()));
        }
        return book;
    }

    public AnnualRequirements requirements() {
        AnnualRequirements all = AnnualRequirements.nationalDefaultOnly();
        for (AnnualRequirement r : jdbc.sql("select * from annual_requirement").query((rs, row) ->
                new AnnualRequirement(rs.getString("region_code"), Year.of(rs.getInt("year")),
                        rs.getBigDecimal("required"), rs.getBigDecimal("elective"))).list()) {
            all = all.with(r);
        }
        return all;
    }
}
