package cn.gov.egov.portal.learning.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.learning.report.ReportFigures.ExamRate;
import cn.gov.egov.portal.learning.report.ReportFigures.Overdue;
import cn.gov.egov.portal.learning.report.ReportFigures.Ranked;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionLevel;

/**
 * The report's SQL. Learners are enabled LEARNER accounts whose region lies in the scope's subtree (a code prefix);
 * who must take which required course and whether they have comes only from the view
 * {@code required_course_status} (V26), filtered to published required courses of the chosen year.
 */
@Repository
public class ReportRepository {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Which column the "direct sub-unit" grouping uses, by the level of the scope region. */
    static String subGroupExpression(Region scope) {
        return switch (scope.level()) {
            case PROVINCE -> "substr(u.region_code, 1, 4) || '00'";
            case PREFECTURE -> "u.region_code::text";
            case COUNTY -> "coalesce(split_part(ud.path, '/', 1), '')";
        };
    }

    /** One row of the grouped summary: which grouping set it belongs to, then its figures. */
    record Row(String set, String key, String departmentRegion, String departmentPath, long learners, long met,
               BigDecimal average, BigDecimal median, long[] buckets, long assigned, long completed, long overdue) {
    }

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The whole scope, each direct sub-unit and each department in one pass over the scope's learners. Each learner
     * is one narrow row (sub-unit, unit, 学时, met, required-course counts) before the grouping sets, so the sorts
     * for the medians stay small; unit names are joined to the few result rows only.
     */
    List<Row> grouped(Region scope, int year, LocalDate today) {
        String sql = """
                select g.*, d.path as department_path, d.region_code as department_region
                from (
                    select case when grouping(p.sub) = 0 then 'SUB' when grouping(p.department_id) = 0 then 'DEPT'
                                else 'ALL' end as set_name,
                           coalesce(p.sub, p.department_id::text, '') as key,
                           count(*) as learners, count(*) filter (where p.met) as met, avg(p.total) as average,
                           percentile_cont(0.5) within group (order by p.total) as median,
                           count(*) filter (where not p.met and p.total <= 0) as b0,
                           count(*) filter (where not p.met and p.total > 0 and p.total < 10) as b1,
                           count(*) filter (where not p.met and p.total >= 10 and p.total < 20) as b2,
                           count(*) filter (where not p.met and p.total >= 20 and p.total < 30) as b3,
                           count(*) filter (where not p.met and p.total >= 30 and p.total < 40) as b4,
                           count(*) filter (where not p.met and p.total >= 40) as b5,
                           coalesce(sum(p.assigned), 0) as assigned, coalesce(sum(p.completed), 0) as completed,
                           coalesce(sum(p.overdue), 0) as overdue
                    from (
                        select %s as sub, u.department_id,
                               coalesce(h.req, 0) + coalesce(h.elec, 0) as total,
                               greatest(coalesce(h.req, 0), 0)
                                   >= coalesce(a1.required, a2.required, a3.required, 20)
                                 and greatest(coalesce(h.req, 0), 0) + greatest(coalesce(h.elec, 0), 0)
                                   >= coalesce(a1.required + a1.elective, a2.required + a2.elective,
                                               a3.required + a3.elective, 50) as met,
                               st.assigned, st.completed, st.overdue
                        from app_user u
                        left join department ud on ud.id = u.department_id
                        left join (
                            select e.learner_id,
                                   sum(e.hours) filter (where e.category = 'REQUIRED') as req,
                                   sum(e.hours) filter (where e.category = 'ELECTIVE') as elec
                            from hour_ledger_entry e
                            join app_user x on x.id = e.learner_id and x.role = 'LEARNER' and x.enabled
                                           and x.region_code like :prefix
                            where e.year = :year
                            group by e.learner_id
                        ) h on h.learner_id = u.id
                        left join (
                            select s.learner_id, count(*) as assigned, count(s.completed_on) as completed,
                                   count(*) filter (where s.completed_on is null and s.deadline < :today) as overdue
                            from required_course_status s
                            join course c on c.id = s.course_id and c.year = :year
                            group by s.learner_id
                        ) st on st.learner_id = u.id
                        left join annual_requirement a1 on a1.region_code = u.region_code and a1.year = :year
                        left join annual_requirement a2
                               on a2.region_code = substr(u.region_code, 1, 4) || '00' and a2.year = :year
                        left join annual_requirement a3
                               on a3.region_code = substr(u.region_code, 1, 2) || '0000' and a3.year = :year
                        where u.role = 'LEARNER' and u.enabled and u.region_code like :prefix
                    ) p
                    group by grouping sets ((p.sub), (p.department_id), ())
                ) g
                left join department d on g.set_name = 'DEPT' and d.id::text = g.key
                """.formatted(subGroupExpression(scope));
        return jdbc.sql(sql).param("prefix", scope.subtreePrefix() + "%").param("year", year)
                .param("today", Date.valueOf(today)).query((rs, i) -> row(rs)).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        long learners = rs.getLong("learners");
        long met = rs.getLong("met");
        long[] buckets = new long[ReportFigures.BUCKETS.size()];
        for (int b = 0; b < 6; b++) {
            buckets[b] = rs.getLong("b" + b);
        }
        buckets[6] = met;
        return new Row(rs.getString("set_name"), rs.getString("key"), rs.getString("department_region"),
                rs.getString("department_path"), learners, met, hours(rs.getBigDecimal("average")),
                hours(rs.getBigDecimal("median")), buckets, rs.getLong("assigned"), rs.getLong("completed"),
                rs.getLong("overdue"));
    }

    private static BigDecimal hours(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
    }

    /** Submitted attempts in the year by the scope's learners, per exam, with how many of those learners passed. */
    List<ExamRate> examRates(Region scope, int year) {
        return jdbc.sql("""
                select x.id, x.title, count(*) as attempts, count(distinct a.learner_id) as learners,
                       count(distinct a.learner_id) filter (where g.passed) as passed
                from exam_attempt a
                join app_user u on u.id = a.learner_id and u.role = 'LEARNER' and u.enabled
                               and u.region_code like :prefix
                join exam x on x.id = a.exam_id
                left join exam_grade g on g.exam_id = a.exam_id and g.learner_id = a.learner_id
                where a.status <> 'IN_PROGRESS' and a.submitted_at >= :from and a.submitted_at < :to
                group by x.id, x.title
                order by x.title, x.id
                """).param("prefix", scope.subtreePrefix() + "%").param("from", startOf(year))
                .param("to", startOf(year + 1))
                .query((rs, i) -> new ExamRate(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getLong("attempts"), rs.getLong("learners"), rs.getLong("passed")))
                .list();
    }

    private static final String OVERDUE_FROM = """
            from required_course_status s
            join course c on c.id = s.course_id and c.year = :year
            join app_user u on u.id = s.learner_id and u.region_code like :prefix
            left join department d on d.id = u.department_id
            where s.completed_on is null and s.deadline < :today
            """;

    /** Overdue required courses, longest overdue first, one page ({@code limit} ≤ 0: all, streamed). */
    void overdue(Region scope, int year, LocalDate today, int offset, int limit, Consumer<Overdue> sink) {
        String sql = """
                select u.display_name, u.username, d.path, u.region_code, c.title, s.deadline,
                       :today - s.deadline as days
                """ + OVERDUE_FROM + """
                order by s.deadline, u.region_code, u.display_name, u.id, c.title, c.id
                """ + (limit > 0 ? " limit :limit offset :offset" : "");
        var spec = jdbc.sql(sql).param("prefix", scope.subtreePrefix() + "%").param("year", year)
                .param("today", Date.valueOf(today));
        if (limit > 0) {
            spec = spec.param("limit", limit).param("offset", offset);
        }
        spec.query(rs -> {
            sink.accept(new Overdue(rs.getString("display_name"), rs.getString("username"), rs.getString("path"),
                    rs.getString("region_code"), rs.getString("title"), rs.getDate("deadline").toLocalDate(),
                    rs.getLong("days")));
        });
    }

    /** The learners with the most 学时 in the year (ties by name), at most {@code limit}. */
    List<Ranked> topLearners(Region scope, int year, int limit) {
        List<Ranked> out = new ArrayList<>();
        jdbc.sql("""
                select u.display_name, d.path, u.region_code, t.hours
                from (select e.learner_id, sum(e.hours) as hours
                      from hour_ledger_entry e
                      join app_user u on u.id = e.learner_id and u.role = 'LEARNER' and u.enabled
                                     and u.region_code like :prefix
                      where e.year = :year
                      group by e.learner_id
                      order by sum(e.hours) desc, e.learner_id
                      limit :limit) t
                join app_user u on u.id = t.learner_id
                left join department d on d.id = u.department_id
                order by t.hours desc, u.display_name, u.id
                """).param("prefix", scope.subtreePrefix() + "%").param("year", year).param("limit", limit)
                .query(rs -> {
                    out.add(new Ranked(out.size() + 1, rs.getString("display_name"), rs.getString("path"),
                            rs.getString("region_code"), hours(rs.getBigDecimal("hours"))));
                });
        return out;
    }

    static Timestamp startOf(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant());
    }

    static boolean isCounty(Region scope) {
        return scope.level() == RegionLevel.COUNTY;
    }
}
