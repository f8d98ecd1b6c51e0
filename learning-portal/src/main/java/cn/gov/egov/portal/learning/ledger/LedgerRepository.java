package cn.gov.egov.portal.learning.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.learning.hours.HourCategory;
import cn.gov.egov.portal.learning.hours.Ledger;
import cn.gov.egov.portal.learning.hours.LedgerEntry;
import cn.gov.egov.portal.learning.hours.SourceKind;

/** Table {@code hour_ledger_entry}: a learner's ledger per year, one line per source. */
@Repository
public class LedgerRepository {

    private final JdbcClient jdbc;

    public LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Ledger load(UUID learnerId, Year year) {
        return new Ledger(learnerId, year, jdbc.sql("""
                select * from hour_ledger_entry where learner_id = :learner and year = :year
                order by entry_date, created_at, id
                """).param("learner", learnerId).param("year", year.getValue())
                .query(LedgerRepository::map).list());
    }

    /**
     * Stores one line of the learner's ledger for {@code year}; false when that source is already credited in the
     * year (nothing is written then: the unique key decides, so concurrent awards cannot both land).
     */
    public boolean insert(UUID learnerId, Year year, LedgerEntry e, Instant at) {
        return jdbc.sql("""
                insert into hour_ledger_entry (id, learner_id, year, entry_date, source_kind, source_id, source_title,
                    category, hours, rule_code, explanation, approved_by, created_at)
                values (:id, :learner, :year, :date, :kind, :source, :title, :category, :hours, :rule, :why, :by, :at)
                on conflict (learner_id, year, source_kind, source_id) do nothing
                """).param("id", UUID.randomUUID()).param("learner", learnerId).param("year", year.getValue())
                .param("date", Date.valueOf(e.date())).param("kind", e.kind().name()).param("source", e.sourceId())
                .param("title", e.sourceTitle()).param("category", e.category().name()).param("hours", e.hours())
                .param("rule", e.ruleCode()).param("why", e.explanation()).param("by", e.approvedBy())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** True when the source is credited in any year's ledger of the learner. */
    public boolean credited(UUID learnerId, SourceKind kind, String sourceId) {
        return jdbc.sql("""
                select count(*) from hour_ledger_entry
                where learner_id = :learner and source_kind = :kind and source_id = :source
                """).param("learner", learnerId).param("kind", kind.name()).param("source", sourceId)
                .query(Long.class).single() > 0;
    }

    private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getDate("entry_date").toLocalDate(), SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("source_id"), rs.getString("source_title"),
                HourCategory.valueOf(rs.getString("category")), rs.getBigDecimal("hours"), rs.getString("rule_code"),
                rs.getString("explanation"), rs.getString("approved_by"));
    }
}
