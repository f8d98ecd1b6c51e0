package cn.gov.egov.portal.learning.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.audit.PortalAuditLog;
import cn.gov.egov.portal.learning.report.ReportFigures.Group;
import cn.gov.egov.portal.learning.report.ReportFigures.Overdue;
import cn.gov.egov.portal.learning.report.ReportFigures.Summary;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * 学习统计 for administrators: every call checks on the server that the user may read the region asked for
 * ({@link ReportAccess}; refusals audited), "today" comes from the injected clock in Asia/Shanghai.
 */
@Service
public class ReportService {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int TOP_LEARNERS = 20;
    public static final int MAX_PAGE = 500;

    private final ReportRepository repository;
    private final ReportAccess access;
    private final PortalAuditLog audit;
    private final Clock clock;

    public ReportService(ReportRepository repository, ReportAccess access, PortalAuditLog audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ReportRepository.ZONE));
    }

    /** The figures of one region's subtree for one year. */
    public Summary summary(PortalUser user, int year, String regionCode) {
        Region scope = access.require(user, "REPORT_VIEW", regionCode);
        checkYear(year);
        return summaryOf(scope, year);
    }

    private Summary summaryOf(Region scope, int year) {
        LocalDate today = today();
        RegionTree regions = access.regions();
        Group total = null;
        List<Group> subs = new ArrayList<>();
        List<Group> departments = new ArrayList<>();
        for (ReportRepository.Row row : repository.grouped(scope, year, today)) {
            switch (row.set()) {
                case "ALL" -> total = group(row, scope.name());
                case "SUB" -> subs.add(group(row, subLabel(regions, scope, row.key())));
                default -> departments.add(group(row, departmentLabel(regions, row)));
            }
        }
        if (total == null) { // no learners at all: grouping sets still return the grand total, but be safe
            total = empty("", scope.name());
        }
        if (!ReportRepository.isCounty(scope)) { // every direct sub-region is listed, with or without learners
            for (Region child : regions.children(scope.code())) {
                if (subs.stream().noneMatch(g -> g.key().equals(child.code()))) {
                    subs.add(empty(child.code(), child.name()));
                }
            }
        }
        subs.sort(Comparator.comparing(Group::key));
        departments.sort(Comparator.comparing((Group g) -> g.key().isEmpty() ? 1 : 0).thenComparing(Group::label));
        List<Group> byAverage = new ArrayList<>(subs);
        byAverage.sort(Comparator.comparing(Group::averageHours).reversed().thenComparing(Group::key));
        return new Summary(year, scope.code(), today, total, ReportRepository.isCounty(scope) ? "UNIT" : "REGION",
                List.copyOf(subs), List.copyOf(departments), repository.examRates(scope, year),
                total.overdue(), repository.topLearners(scope, year, TOP_LEARNERS),
                List.copyOf(byAverage));
    }

    /** One page of the overdue required courses, longest overdue first. */
    public List<Overdue> overdue(PortalUser user, int year, String regionCode, int offset, int limit) {
        Region scope = access.require(user, "REPORT_VIEW", regionCode);
        checkYear(year);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new ReportException("report-page-bad", "分页参数无效：offset=" + offset + ", limit=" + limit);
        }
        List<Overdue> page = new ArrayList<>();
        repository.overdue(scope, year, today(), offset, limit, page::add);
        return page;
    }

    /**
     * Everything for an export, checked and audited as an export; overdue rows are streamed to {@code overdueSink}
     * after the summary is returned to {@code summarySink}, so a large list never sits in memory.
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public void export(PortalUser user, int year, String regionCode, Consumer<Summary> summarySink,
                       Consumer<Overdue> overdueSink) {
        Region scope = access.require(user, "REPORT_EXPORT", regionCode);
        checkYear(year);
        Summary summary = summaryOf(scope, year);
        audit.allowed(user, "REPORT_EXPORT", "REPORT", year, scope.code(),
                "学习统计导出 " + year + " " + access.regions().path(scope.code()) + "，学员 "
                        + summary.total().learners() + " 人，逾期 " + summary.overdueCount() + " 项");
        summarySink.accept(summary);
        repository.overdue(scope, year, summary.today(), 0, 0, overdueSink);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ReportException("report-year-bad", "年份应在 " + MIN_YEAR + "–" + MAX_YEAR + " 之间：" + year);
        }
    }

    private static Group empty(String key, String label) {
        return new Group(key, label, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                new long[ReportFigures.BUCKETS.size()], 0, 0, 0);
    }

    private static Group group(ReportRepository.Row r, String label) {
        return new Group(r.key(), label, r.learners(), r.met(), r.average(), r.median(), r.buckets(), r.assigned(),
                r.completed(), r.overdue());
    }

    /** Region name for a sub-region code; for a county scope the key is already the root unit's name. */
    private static String subLabel(RegionTree regions, Region scope, String key) {
        if (ReportRepository.isCounty(scope)) {
            return key;
        }
        return regions.find(key).map(Region::name).orElse(key);
    }

    private static String departmentLabel(RegionTree regions, ReportRepository.Row row) {
        if (row.departmentPath() == null) {
            return "";
        }
        String region = regions.find(row.departmentRegion()).map(Region::name).orElse(row.departmentRegion());
        return region + " / " + row.departmentPath();
    }
}
