package cn.gov.egov.portal.people.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.home.ui.HomeView;
import cn.gov.egov.portal.people.RosterColumn;
import cn.gov.egov.portal.people.admin.ImportOutcome;
import cn.gov.egov.portal.people.admin.OrgUnit;
import cn.gov.egov.portal.people.admin.RosterImportService;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;
import cn.gov.egov.portal.security.ui.ChangePasswordView;

/** 人员管理, 单位部门 and the import dialog, browserless, for the demo region administrator of 昆明市. */
@SpringBootTest(properties = "portal.people.max-upload-size=1MB")
@ActiveProfiles("dev")
@DirtiesContext
class PeopleViewsTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired
    RosterImportService imports;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    final String p = "v" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);

    PortalUser admin() {
        return users.findByUsername("region-admin").orElseThrow();
    }

    /** A roster of {@code n} people in 五华区, unit {@code <p>局/科}, the last one with {@code lastPhone}. */
    Path roster(int n, String lastPhone) throws IOException {
        Path file = Files.createTempFile(dir, "roster-", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("花名册");
            Row header = sheet.createRow(0);
            RosterColumn[] columns = {RosterColumn.NAME, RosterColumn.USERNAME, RosterColumn.PHONE,
                    RosterColumn.REGION, RosterColumn.DEPARTMENT, RosterColumn.RANK};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].title());
            }
            for (int i = 1; i <= n; i++) {
                Row row = sheet.createRow(i);
                String[] values = {"李四" + i, p + "u" + i, i == n ? lastPhone : String.format("139%08d", i), "五华区",
                        p + "局/科", "二级科员"};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    @WithPortalUser("region-admin")
    void peopleOfTheSubtreeAreListedFilteredDeactivatedAndReactivated() throws IOException {
        assertThat(imports.importRoster(admin(), roster(2, "13900000002"), x -> { }))
                .isInstanceOf(ImportOutcome.Imported.class);
        PeopleView view = navigate(PeopleView.class);
        view.text.setValue(p);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("李四1");
        assertThat(grid.getCellText(0, 2)).isEqualTo("五华区");
        assertThat(grid.getCellText(0, 3)).isEqualTo(p + "局/科");
        assertThat(grid.getCellText(0, 4)).isEqualTo("二级科员");
        assertThat(grid.getCellText(0, 7)).isEqualTo("在用");

        test((Button) grid.getCellComponent(0, 8)).click();
        assertThat(test(view.grid).size()).as("active only by default").isEqualTo(1);
        view.status.setValue("inactive");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 7)).isEqualTo("已停用");
        Button reactivate = (Button) test(view.grid).getCellComponent(0, 8);
        assertThat(reactivate.getText()).isEqualTo("启用");
        test(reactivate).click();
        view.status.setValue("all");
        assertThat(test(view.grid).size()).isEqualTo(2);
        OrgUnit unit = view.unit.getListDataView().getItems().filter(u -> u.path().equals(p + "局/科")).findFirst()
                .orElseThrow();
        view.unit.setValue(unit);
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    @WithPortalUser("region-admin")
    void theImportDialogShowsTheErrorsAndOffersTheReport() throws IOException {
        PeopleView view = navigate(PeopleView.class);
        test(find(Button.class).from(view).withClassName("people-import").single()).click();
        RosterImportDialog dialog = find(RosterImportDialog.class).single();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withClassName("roster-template").single()
                .getText()).isEqualTo("下载导入模板");
        ImportOutcome outcome = imports.importRoster(admin(), roster(3, "12345"), x -> { });
        dialog.shown(outcome);
        assertThat(dialog.status.getText()).contains("共 3 行，其中 1 行有错误");
        assertThat(dialog.download.isVisible()).isTrue();
        assertThat(dialog.download.getText()).isEqualTo("下载错误报告");
        assertThat(test(dialog.errors).size()).isEqualTo(1);
        assertThat(test(dialog.errors).getCellText(0, 0)).isEqualTo("4");
        assertThat(test(dialog.errors).getCellText(0, 1)).isEqualTo("手机号");
        assertThat(jdbc.sql("select count(*) from app_user where username like :p").param("p", p + "%")
                .query(Integer.class).single()).isZero();
        Path report = ((ImportOutcome.Rejected) outcome).report();
        dialog.close();
        assertThat(report).as("the report is deleted with the dialog").doesNotExist();
    }

    @Test
    @WithPortalUser("region-admin")
    void theUnitTreeIsEditedAndAnOverlongNameIsRefused() {
        DepartmentsView view = navigate(DepartmentsView.class);
        test(find(Button.class).from(view).withClassName("department-add-top").single()).click();
        TextField name = find(TextField.class).from(find(com.vaadin.flow.component.dialog.Dialog.class).single())
                .single();
        name.setValue("局".repeat(51));
        test(find(Button.class).withClassName("department-save").single()).click();
        assertThat(find(Span.class).from(find(com.vaadin.flow.component.dialog.Dialog.class).single()).all())
                .extracting(Span::getText).contains("单位名称不能超过 50 个字。");
        name.setValue(p + "教育局");
        test(find(Button.class).withClassName("department-save").single()).click();
        List<OrgUnit> roots = view.tree.getTreeData().getRootItems();
        assertThat(roots).extracting(OrgUnit::path).contains(p + "教育局");
    }

    @Test
    @WithPortalUser("learner")
    void aLearnerCannotOpenPeopleAdministration() {
        // navigate(...) fails because the router does not show the view to a learner
        assertThatThrownBy(() -> navigate(PeopleView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(PeopleView.class);
        assertThatThrownBy(() -> navigate(DepartmentsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(DepartmentsView.class);
    }

    @Test
    void anAccountWithAnInitialPasswordIsSentToChangeIt() {
        PortalUser fresh = new PortalUser(UUID.randomUUID(), p + "new", "新学员", null, "{noop}x", Role.LEARNER,
                "530102", true);
        users.insert(fresh);
        jdbc.sql("update app_user set must_change_password = true where id = :id").param("id", fresh.id()).update();
        PortalPrincipal principal = new PortalPrincipal(fresh);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }
}
