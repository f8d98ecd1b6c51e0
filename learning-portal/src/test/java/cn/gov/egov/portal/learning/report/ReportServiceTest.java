package cn.gov.egov.portal.learning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.audit.PortalAuditLog;
import cn.gov.egov.portal.learning.report.ReportFigures.Group;
import cn.gov.egov.portal.learning.report.ReportFigures.Overdue;
import cn.gov.egov.portal.learning.report.ReportFigures.Summary;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;

/**
 * The report's figures on the real PostgreSQL, against data built by hand in 西双版纳州 (532800) whose expected
 * figures are worked out in the comments. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
@Transactional
class ReportServiceTest {

    static final String STATE = "532800"; // 西双版纳傣族自治州
    static final String JINGHONG = "532801"; // 景洪市
    static final String MENGHAI = "532822"; // 勐海县
    static final String MENGLA = "532823"; // 勐腊县: no learners
    static final String XSS = "<img src=x onerror=alert(1)>乙";
    /** 2026-06-15 09:00 in Asia/Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T01:00:00Z"), ZoneOffset.UTC);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired JdbcClient jdbc;
    @Autowired ReportRepository repository;
    @Autowired ReportAccess access;
    @Autowired PortalAuditLog audit;

    ReportService reports;
    ReportFixtures f;
    PortalUser stateAdmin = admin(Role.REGION_ADMIN, STATE);
    UUID a;
    UUID b;
    UUID overdueCourse;

    static PortalUser admin(Role role, String region) {
        return new PortalUser(UUID.randomUUID(), "report-" + role.name().toLowerCase().replace('_', '-') + "-" + region,
                "管理员", null, "{noop}x", role, region, true);
    }

    /**
     * Learners (enabled LEARNER accounts), requirement 10 + 40 set by the prefecture for 2026:
     * A 景洪/财政局: 20 required + 30 elective = 50 → met; B 景洪/财政局/办公室: 1 + 14 = 15 → 10–20;
     * C 勐海/教育局: 10 + 40.5 = 50.5 → met (not under the national 20 + 30); D 勐海, no unit: 0 → bucket 0;
     * E 州本级/人社局: 0.5 → 0–10 (its 10 hours of 2025 do not count). Not counted: a disabled learner and a
     * region administrator with hours. Required: R1 (region 532800, due 06-30) binds A–E; R2 (unit 财政局, due
     * 03-31) binds A and B; a draft and a 2025 course bind nobody this year. Done: A R1, B R2. Overdue: A R2, 76 days.
     */
    @BeforeEach
    void data() {
        reports = new ReportService(repository, access, audit, CLOCK);
        f = new ReportFixtures(jdbc);
        f.requirement(STATE, 2026, "10", "40");
        UUID finance = f.unit(JINGHONG, null, "景洪市财政局");
        UUID office = f.unit(JINGHONG, finance, "景洪市财政局/办公室");
        UUID education = f.unit(MENGHAI, null, "勐海县教育局");
        UUID personnel = f.unit(STATE, null, "州人社局");
        a = f.learner("甲", JINGHONG, finance);
        b = f.learner(XSS, JINGHONG, office);
        UUID c = f.learner("丙", MENGHAI, education);
        UUID d = f.learner("丁", MENGHAI, null);
        UUID e = f.learner("戊", STATE, personnel);
        UUID disabled = f.user("己", "LEARNER", JINGHONG, finance, false);
        UUID admin = f.user("庚", "REGION_ADMIN", JINGHONG, finance, true);

        UUID r1 = f.course("保密法", STATE, 2026, "REQUIRED", true);
        overdueCourse = f.course("预算法", STATE, 2026, "REQUIRED", true);
        UUID draft = f.course("草稿课", STATE, 2026, "REQUIRED", false);
        UUID old = f.course("去年课", STATE, 2025, "REQUIRED", true);
        f.assign(r1, "REGION", STATE, LocalDate.of(2026, 6, 30));
        f.assign(overdueCourse, "DEPARTMENT", finance.toString(), LocalDate.of(2026, 3, 31));
        f.assign(draft, "REGION", STATE, LocalDate.of(2026, 1, 31));
        f.assign(old, "REGION", STATE, LocalDate.of(2025, 12, 31));

        LocalDate may = LocalDate.of(2026, 5, 1);
        f.hours(a, may, "COURSE", r1.toString(), "REQUIRED", "1");
        f.hours(a, may, "CONFERENCE_TRAINING", "conf-1", "REQUIRED", "19");
        f.hours(a, may, "COURSE", "elective-1", "ELECTIVE", "30");
        f.hours(b, may, "COURSE", overdueCourse.toString(), "REQUIRED", "1");
        f.hours(b, may, "COURSE", "elective-2", "ELECTIVE", "14");
        f.hours(c, may, "COURSE", "elective-3", "REQUIRED", "10");
        f.hours(c, may, "COURSE", "elective-4", "ELECTIVE", "40.5");
        f.hours(e, may, "COURSE", "elective-5", "ELECTIVE", "0.5");
        f.hours(e, LocalDate.of(2025, 5, 1), "COURSE", "elective-6", "ELECTIVE", "10");
        f.hours(disabled, may, "COURSE", "elective-7", "ELECTIVE", "30");
        f.hours(admin, may, "COURSE", "elective-8", "ELECTIVE", "30");

        UUID exam = f.exam("保密法考试", STATE);
        f.attempt(exam, a, 1, Instant.parse("2026-05-02T02:00:00Z"));
        f.attempt(exam, a, 2, Instant.parse("2026-05-03T02:00:00Z"));
        f.attempt(exam, b, 1, Instant.parse("2026-05-02T03:00:00Z"));
        f.attempt(exam, c, 1, null);
        f.grade(exam, a, true);
        f.grade(exam, b, false);
        UUID outsider = f.learner("外地学员", "530102", null);
        f.attempt(exam, outsider, 1, Instant.parse("2026-05-02T02:00:00Z"));
        f.grade(exam, outsider, true);
        f.attempt(exam, d, 1, Instant.parse("2025-12-31T15:00:00Z")); // 2025-12-31 23:00 in Shanghai: last year
    }

    @Test
    void totalsForThePrefectureAreTheHandComputedOnes() {
        Summary s = reports.summary(stateAdmin, 2026, STATE);
        Group t = s.total();
        assertThat(t.learners()).isEqualTo(5);
        assertThat(t.met()).as("A and C, under the prefecture's 10 + 40").isEqualTo(2);
        assertThat(t.averageHours()).isEqualByComparingTo("23.20"); // (50 + 15 + 50.5 + 0 + 0.5) / 5
        assertThat(t.medianHours()).isEqualByComparingTo("15.00");
        assertThat(t.buckets()).containsExactly(1, 1, 1, 0, 0, 0, 2);
        assertThat(t.assigned()).isEqualTo(7);
        assertThat(t.completed()).isEqualTo(2);
        assertThat(t.overdue()).isEqualTo(1);
        assertThat(t.completionRate()).isEqualByComparingTo("28.5"); // 2 / 7, rounded down
        assertThat(s.overdueCount()).isEqualTo(1);
        assertThat(s.today()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(s.subLevel()).isEqualTo("REGION");
    }

    @Test
    void subRegionsAndUnitsSplitTheLearners() {
        Summary s = reports.summary(stateAdmin, 2026, STATE);
        assertThat(s.subGroups()).extracting(Group::key, Group::label, Group::learners, Group::met,
                        g -> g.averageHours().toPlainString(), g -> g.medianHours().toPlainString(), Group::assigned,
                        Group::completed, Group::overdue)
                .containsExactly(
                        tuple(STATE, "西双版纳傣族自治州", 1L, 0L, "0.50", "0.50", 1L, 0L, 0L),
                        tuple(JINGHONG, "景洪市", 2L, 1L, "32.50", "32.50", 4L, 2L, 1L),
                        tuple(MENGHAI, "勐海县", 2L, 1L, "25.25", "25.25", 2L, 0L, 0L),
                        tuple(MENGLA, "勐腊县", 0L, 0L, "0.00", "0.00", 0L, 0L, 0L));
        assertThat(s.subGroups().get(1).buckets()).containsExactly(0, 0, 1, 0, 0, 0, 1);
        assertThat(s.departments()).extracting(Group::label, Group::learners)
                .containsExactlyInAnyOrder(tuple("景洪市 / 景洪市财政局", 1L), tuple("景洪市 / 景洪市财政局/办公室", 1L),
                        tuple("勐海县 / 勐海县教育局", 1L), tuple("西双版纳傣族自治州 / 州人社局", 1L), tuple("", 1L));
        assertThat(s.departments().getLast().key()).as("no unit comes last").isEmpty();
        assertThat(s.subGroupsByAverage()).extracting(Group::key).containsExactly(JINGHONG, MENGHAI, STATE, MENGLA);
    }

    @Test
    void aCountyIsSplitByItsTopUnitsAndExamsAndRankingFollowTheScope() {
        PortalUser county = admin(Role.REGION_ADMIN, JINGHONG);
        Summary s = reports.summary(county, 2026, JINGHONG);
        assertThat(s.subLevel()).isEqualTo("UNIT");
        assertThat(s.subGroups()).extracting(Group::key, Group::learners, Group::averageHours)
                .as("B's 办公室 belongs to 财政局").containsExactly(tuple("景洪市财政局", 2L, new java.math.BigDecimal("32.50")));

        Summary state = reports.summary(stateAdmin, 2026, STATE);
        assertThat(state.exams()).extracting(ReportFigures.ExamRate::title, ReportFigures.ExamRate::attempts,
                        ReportFigures.ExamRate::learners, ReportFigures.ExamRate::passed, x -> x.rate().toPlainString())
                .containsExactly(tuple("保密法考试", 3L, 2L, 1L, "50.0"));
        assertThat(state.topLearners()).extracting(ReportFigures.Ranked::rank, ReportFigures.Ranked::learner,
                        r -> r.hours().toPlainString())
                .containsExactly(tuple(1, "丙", "50.50"), tuple(2, "甲", "50.00"), tuple(3, XSS, "15.00"),
                        tuple(4, "戊", "0.50"));
    }

    @Test
    void overdueRowsSayWhoWhatAndHowLate() {
        List<Overdue> page = reports.overdue(stateAdmin, 2026, STATE, 0, 50);
        assertThat(page).extracting(Overdue::learner, Overdue::unit, Overdue::regionCode, Overdue::course,
                        Overdue::deadline, Overdue::daysOverdue)
                .containsExactly(tuple("甲", "景洪市财政局", JINGHONG, "预算法", LocalDate.of(2026, 3, 31), 76L));
        assertThat(reports.overdue(stateAdmin, 2026, STATE, 1, 50)).isEmpty();
        f.hours(a, LocalDate.of(2026, 6, 1), "COURSE", overdueCourse.toString(), "REQUIRED", "1");
        assertThat(reports.overdue(stateAdmin, 2026, STATE, 0, 50)).as("completed late: no longer overdue").isEmpty();
        Summary s = reports.summary(stateAdmin, 2026, STATE);
        assertThat(s.total().completed()).isEqualTo(3);
        assertThat(s.total().completionRate()).isEqualByComparingTo("42.8"); // 3 / 7
    }

    @Test
    void regionsOutsideTheSubtreeAndNonAdministratorsAreRefusedAndAudited() {
        PortalUser kunming = admin(Role.REGION_ADMIN, "530100");
        assertThatThrownBy(() -> reports.summary(kunming, 2026, STATE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.overdue(kunming, 2026, "530000", 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        PortalUser learner = new PortalUser(UUID.randomUUID(), "report-learner", "学员", null, "{noop}x",
                Role.LEARNER, STATE, true);
        assertThatThrownBy(() -> reports.summary(learner, 2026, STATE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.export(learner, 2026, STATE, s -> { }, o -> { }))
                .isInstanceOf(AccessDeniedException.class);
        List<Map<String, Object>> denied = jdbc.sql("""
                select actor, action, outcome, target_region from portal_audit_entry
                where actor in ('report-region-admin-530100', 'report-learner') order by id
                """).query().listOfRows();
        assertThat(denied).extracting(r -> r.get("actor"), r -> r.get("action"), r -> r.get("outcome"),
                        r -> r.get("target_region"))
                .containsExactly(tuple("report-region-admin-530100", "REPORT_VIEW", "DENIED", STATE),
                        tuple("report-region-admin-530100", "REPORT_VIEW", "DENIED", "530000"),
                        tuple("report-learner", "REPORT_VIEW", "DENIED", STATE),
                        tuple("report-learner", "REPORT_EXPORT", "DENIED", STATE));
        assertThat(reports.summary(admin(Role.COURSE_ADMIN, STATE), 2026, JINGHONG).total().learners())
                .as("a course administrator reads their subtree").isEqualTo(2);
        assertThat(reports.summary(admin(Role.SYSTEM_ADMIN, "530000"), 2026, STATE).total().learners()).isEqualTo(5);
    }

    @Test
    void badInputGetsAClearErrorEach() {
        assertThatThrownBy(() -> reports.summary(stateAdmin, 1999, STATE)).isInstanceOf(ReportException.class)
                .hasMessageContaining("年份应在 2000–2100 之间");
        assertThatThrownBy(() -> reports.summary(stateAdmin, 2026, "999999")).isInstanceOf(ReportException.class)
                .hasMessageContaining("没有这个行政区划");
        assertThatThrownBy(() -> reports.summary(stateAdmin, 2026, "53'--")).isInstanceOf(ReportException.class);
        assertThatThrownBy(() -> reports.overdue(stateAdmin, 2026, STATE, -1, 10))
                .isInstanceOf(ReportException.class).hasMessageContaining("分页参数无效");
        assertThatThrownBy(() -> reports.overdue(stateAdmin, 2026, STATE, 0, 0)).isInstanceOf(ReportException.class);
        assertThatThrownBy(() -> reports.overdue(stateAdmin, 2026, STATE, 0, 501)).isInstanceOf(ReportException.class);
    }

    @Test
    void anExportIsAuditedAndStreamsTheOverdueRows() {
        List<Summary> summaries = new ArrayList<>();
        List<Overdue> rows = new ArrayList<>();
        reports.export(stateAdmin, 2026, STATE, summaries::add, rows::add);
        assertThat(summaries).singleElement().extracting(s -> s.total().learners()).isEqualTo(5L);
        assertThat(rows).extracting(Overdue::learner).containsExactly("甲");
        Map<String, Object> entry = jdbc.sql("select * from portal_audit_entry where actor = :a and action = "
                + "'REPORT_EXPORT'").param("a", stateAdmin.username()).query().singleRow();
        assertThat(entry.get("outcome")).isEqualTo("OK");
        assertThat(entry.get("target_region")).isEqualTo(STATE);
        assertThat((String) entry.get("summary")).contains("2026", "西双版纳傣族自治州", "学员 5 人", "逾期 1 项");
    }

    @Test
    void theExcelExportHasASheetPerTableWithChineseHeadersAndTheFigures() throws Exception {
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_zh.properties")) {
            zh.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWorkbook book = new ReportWorkbook(key -> java.util.Objects.requireNonNull(zh.getProperty(key), key),
                code -> code)) {
            reports.export(stateAdmin, 2026, STATE, s -> book.summary(s, g -> ReportFigures.displayLabel(g,
                    s.regionCode(), n -> n + "（本级）", "未分配单位")), book::overdue);
            book.write(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new ArrayList<>();
            read.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("概览", "按下级区域", "按单位", "考试通过率", "学时排名", "逾期必修课");
            Sheet overview = read.getSheet("概览");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目");
            assertThat(overview.getRow(4).getCell(0).getStringCellValue()).isEqualTo("学员数");
            assertThat(overview.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(5.0);
            Sheet subs = read.getSheet("按下级区域");
            assertThat(subs.getRow(0).getCell(1).getStringCellValue()).isEqualTo("学员数");
            assertThat(subs.getRow(0).getCell(12).getStringCellValue()).isEqualTo("已达年度要求");
            assertThat(subs.getRow(1).getCell(0).getStringCellValue()).isEqualTo("西双版纳傣族自治州（本级）");
            assertThat(subs.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(32.5);
            Sheet overdue = read.getSheet("逾期必修课");
            assertThat(overdue.getRow(0).getCell(6).getStringCellValue()).isEqualTo("逾期天数");
            assertThat(overdue.getRow(1).getCell(0).getStringCellValue()).isEqualTo("甲");
            assertThat(overdue.getRow(1).getCell(4).getStringCellValue()).isEqualTo("预算法");
            assertThat(overdue.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(76.0);
            assertThat(overdue.getLastRowNum()).isEqualTo(1);
            Sheet ranking = read.getSheet("学时排名");
            assertThat(ranking.getRow(3).getCell(1).getStringCellValue()).as("a name stays text").isEqualTo(XSS);
            assertThat(ranking.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
