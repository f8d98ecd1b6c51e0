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

    /** True when {@code regionCode} has its own rule table (rows in {@code hour_rule}). */
    public boolean hasOwnTable(String regionCode) {
        return jdbc.sql("select exists (select 1 from hour_rule where region_code = :r)").param("r", regionCode)
                .query(Boolean.class).single();
    }

    /** Replaces the region's own table by {@code table}'s rules, in their order (call in a transaction). */
    public void replaceTable(HourRuleTable table) {
        deleteTable(table.regionCode());
        int position = 1;
        for (HourRule rule : table.rules()) {
            MinuteRange range = rule.range();
            jdbc.sql("""
                    insert into hour_rule (region_code, position, code, source_kind, from_minutes, from_inclusive,
                        to_minutes, to_inclusive, hours, label)
                    values (:region, :position, :code, :kind, :from, :fromInc, :to, :toInc, :hours, :label)
                    """).param("region", table.regionCode()).param("position", position++)
                    .param("code", rule.code()).param("kind", rule.kind().name())
                    .param("from", range == null ? null : range.fromMinutes())
                    .param("fromInc", range == null || range.fromInclusive())
                    .param("to", range == null ? null : range.toMinutes())
                    .param("toInc", range != null && range.toInclusive())
                    .param("hours", rule.hours()).param("label", rule.label()).update();
        }
    }

    /** Removes the region's own table: it inherits its nearest ancestor's again. */
    public int deleteTable(String regionCode) {
        return jdbc.sql("delete from hour_rule where region_code = :r").param("r", regionCode).update();
    }

    public boolean hasOwnRequirement(String regionCode, Year year) {
        return jdbc.sql("select exists (select 1 from annual_requirement where region_code = :r and year = :y)")
                .param("r", regionCode).param("y", year.getValue()).query(Boolean.class).single();
    }

    public void saveRequirement(AnnualRequirement requirement) {
        jdbc.sql("""
                insert into annual_requirement (region_code, year, required, elective)
                values (:r, :y, :required, :elective)
                on conflict (region_code, year) do update set required = excluded.required,
                    elective = excluded.elective
                """).param("r", requirement.regionCode()).param("y", requirement.year().getValue())
                .param("required", requirement.required()).param("elective", requirement.elective()).update();
    }

    public int deleteRequirement(String regionCode, Year year) {
        return jdbc.sql("delete from annual_requirement where region_code = :r and year = :y")
                .param("r", regionCode).param("y", year.getValue()).update();
    }
}
