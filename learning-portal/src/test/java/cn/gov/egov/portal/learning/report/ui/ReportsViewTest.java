package cn.gov.egov.portal.learning.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.learning.report.ReportService;
import cn.gov.egov.region.Region;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 学习统计 browserless, for the demo region administrator of 昆明市 (530100): figures, charts' data, grids, a name
 * and an exam title carrying HTML shown as text only, the region picker limited to the subtree.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class ReportsViewTest extends SpringBrowserlessTest {

    static final String XSS_NAME = "<img src=x onerror=\"window.__xss=1\">赵";
    static final String XSS_EXAM = "<img src=x onerror=alert(1)>考试";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired JdbcClient jdbc;
    @Autowired ReportService reports;

    final UUID learner = UUID.randomUUID();
    final UUID exam = UUID.randomUUID();

    void data(int year) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, password_hash, role, region_code, enabled)
                values (:id, :u, :name, '{noop}x', 'LEARNER', '530102', true)
                """).param("id", learner).param("u", "rv-" + learner.toString().substring(0, 8))
                .param("name", XSS_NAME).update();
        jdbc.sql("""
                insert into hour_ledger_entry (id, learner_id, year, entry_date, source_kind, source_id, source_title,
                    category, hours, rule_code, explanation, created_at)
                values (gen_random_uuid(), :l, :y, :d, 'MANUAL_ADJUSTMENT', 'rv', 'x', 'ELECTIVE', 999, 'TEST', 'x',
                    now())
                """).param("l", learner).param("y", year).param("d", LocalDate.of(year, 1, 2)).update();
        jdbc.sql("""
                insert into exam (id, title, region_code, paper_kind, paper_spec, time_limit_minutes,
                    attempts_allowed, grading, pass_percent, review_after_submit, review_after_close, opens_at,
                    created_by, created_at, updated_at)
                values (:id, :title, '530100', 'FIXED', '{}'::jsonb, 30, 3, 'HIGHEST', 60, 'NONE', 'NONE', now(),
                    'test', now(), now())
                """).param("id", exam).param("title", XSS_EXAM).update();
        Instant at = LocalDate.of(year, 1, 3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        jdbc.sql("""
                insert into exam_attempt (id, exam_id, learner_id, number, paper, started_at, deadline, status,
                    submitted_at, version)
                values (gen_random_uuid(), :exam, :l, 1, '{}'::jsonb, :at, :at, 'SUBMITTED', :at, 1)
                """).param("exam", exam).param("l", learner).param("at", java.sql.Timestamp.from(at)).update();
        jdbc.sql("""
                insert into exam_grade (exam_id, learner_id, method, percent, passed, attempts_counted, updated_at)
                values (:exam, :l, 'HIGHEST', 90, true, 1, now())
                """).param("exam", exam).param("l", learner).update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from exam_grade where exam_id = :e").param("e", exam).update();
        jdbc.sql("delete from exam_attempt where exam_id = :e").param("e", exam).update();
        jdbc.sql("delete from exam where id = :e").param("e", exam).update();
        jdbc.sql("delete from hour_ledger_entry where learner_id = :l").param("l", learner).update();
        jdbc.sql("delete from app_user where id = :l").param("l", learner).update();
    }

    @Test
    @WithPortalUser("region-admin")
    void theRegionAdministratorSeesFiguresChartsAndGridsWithNamesAsText() {
        int year = reports.today().getYear();
        data(year);
        ReportsView view = navigate(ReportsView.class);
        assertThat(find(H2.class).from(view).single().getText()).isEqualTo("学习统计");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("学习统计");
        Div learners = find(Div.class).withClassName("report-learners").from(view).single();
        assertThat(learners.getElement().getTextRecursively()).startsWith("学员数");
        assertThat(Long.parseLong(learners.getElement().getTextRecursively().replace("学员数", "")))
                .isGreaterThanOrEqualTo(1);

        // the ranking's first line is the learner with 999 hours; the name is plain text in the cell
        assertThat(test(view.ranking).getCellText(0, 1)).isEqualTo(XSS_NAME);
        assertThat(test(view.ranking).getCellText(0, 4)).isEqualTo("999.00");
        int examRow = -1;
        for (int r = 0; r < test(view.exams).size(); r++) {
            if (test(view.exams).getCellText(r, 0).equals(XSS_EXAM)) {
                examRow = r;
            }
        }
        assertThat(examRow).as("the exam is listed by its title as text").isNotNegative();
        assertThat(test(view.exams).getCellText(examRow, 4)).isEqualTo("100.0%");

        JsonNode exams = JsonMapper.builder().build().readTree(view.examChart.data());
        assertThat(exams.get("kind").asString()).isEqualTo("bar");
        assertThat(texts(exams.get("categories")))
                .as("the chart gets the title as data; report-chart.js escapes it").contains(XSS_EXAM);
        JsonNode hours = JsonMapper.builder().build().readTree(view.hoursChart.data());
        List<String> subRegions = texts(hours.get("categories"));
        assertThat(subRegions).contains("五华区", "盘龙区", "安宁市").doesNotContain("昆明市（本级）"); // no learner at 530100 itself
        assertThat(hours.get("series")).hasSize(7);
        assertThat(hours.get("series").get(6).get("name").asString()).isEqualTo("已达年度要求");
        assertThat(view.subTitle.getText()).isEqualTo("按下级区域");

        @SuppressWarnings("unchecked")
        ComboBox<Region> region = find(ComboBox.class).withClassName("report-region").from(view).single();
        assertThat(region.getValue().code()).isEqualTo("530100");
        assertThat(region.getListDataView().getItems().map(Region::code).toList())
                .allMatch(c -> c.startsWith("5301")).contains("530102");

        region.setValue(region.getListDataView().getItems().filter(r -> r.code().equals("530102")).findFirst()
                .orElseThrow());
        assertThat(view.subTitle.getText()).as("a county is split by units").isEqualTo("按下属单位");
        assertThat(test(view.ranking).getCellText(0, 1)).isEqualTo(XSS_NAME);
    }

    @Test
    @WithPortalUser("learner")
    void learnersHaveNoReportsItem() {
        navigate(cn.gov.egov.portal.home.ui.HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("学习统计");
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asString());
        }
        return out;
    }
}
