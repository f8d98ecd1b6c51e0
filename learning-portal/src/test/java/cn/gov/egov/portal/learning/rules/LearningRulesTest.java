package cn.gov.egov.portal.learning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.learning.hours.SourceKind;
import cn.gov.egov.portal.learning.ledger.HourRulesRepository;
import cn.gov.egov.portal.learning.rules.ui.LearningRulesView;
import cn.gov.egov.portal.learning.rules.ui.RulesScreen;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * 学时规则 on the real PostgreSQL: an administrator of 曲靖市 (530300, a prefecture no other test writes rules for)
 * sets rules for their region and one below; refusals outside the subtree and for other roles are audited; bad
 * input stores nothing. Rows of 5303xx are removed after each test, so other tests keep the default rules.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class LearningRulesTest extends SpringBrowserlessTest {

    static final Year YEAR = Year.of(2031);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired LearningRulesService service;
    @Autowired HourRulesRepository repository;
    @Autowired UserRepository users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from hour_rule where region_code like '5303%'").update();
        jdbc.sql("delete from annual_requirement where region_code like '5303%'").update();
    }

    PortalUser user(Role role, String region) {
        UUID id = UUID.randomUUID();
        PortalUser u = new PortalUser(id, "a-" + id.toString().substring(0, 12), "管理员" + id.toString().substring(0, 4),
                null, "{noop}unused", role, region, true);
        users.insert(u);
        return u;
    }

    long audited(PortalUser actor, String action, String outcome) {
        return jdbc.sql("select count(*) from portal_audit_entry where actor = :a and action = :action "
                + "and outcome = :o").param("a", actor.username()).param("action", action).param("o", outcome)
                .query(Long.class).single();
    }

    @Test
    void aPrefectureAdministratorGivesACountyItsOwnTableAndTakesItBack() {
        PortalUser admin = user(Role.REGION_ADMIN, "530300");
        RegionRules before = service.rules(admin, "530302", YEAR);
        assertThat(before.ownTable()).isFalse();
        assertThat(before.table().regionCode()).isEqualTo("530000"); // Yunnan's table, inherited

        service.saveTable(admin, "530302", RuleTableBuilderTest.good());

        RegionRules after = service.rules(admin, "530302", YEAR);
        assertThat(after.ownTable()).isTrue();
        assertThat(after.table().regionCode()).isEqualTo("530302");
        assertThat(repository.ruleBook().forRegion("530302").course(java.time.Duration.ofMinutes(45)).hours())
                .isEqualByComparingTo("1.5");
        assertThat(service.rules(admin, "530300", YEAR).ownTable()).isFalse(); // the prefecture keeps Yunnan's
        assertThat(audited(admin, "HOUR_RULES_SAVE", "OK")).isEqualTo(1);

        service.inheritTable(admin, "530302");
        assertThat(service.rules(admin, "530302", YEAR).table().regionCode()).isEqualTo("530000");
        assertThat(audited(admin, "HOUR_RULES_INHERIT", "OK")).isEqualTo(1);
    }

    @Test
    void theAnnualRequirementIsSetPerYearAndInheritedBelow() {
        PortalUser admin = user(Role.REGION_ADMIN, "530300");
        service.saveRequirement(admin, "530300", YEAR, new BigDecimal("30"), new BigDecimal("30"));
        RegionRules county = service.rules(admin, "530302", YEAR);
        assertThat(county.ownRequirement()).isFalse();
        assertThat(county.requirement().regionCode()).isEqualTo("530300");
        assertThat(county.requirement().total()).isEqualByComparingTo("60");
        assertThat(service.rules(admin, "530302", YEAR.plusYears(1)).requirement().total())
                .isEqualByComparingTo("50"); // set for one year only
        assertThat(audited(admin, "ANNUAL_REQUIREMENT_SAVE", "OK")).isEqualTo(1);
        service.inheritRequirement(admin, "530300", YEAR);
        assertThat(service.rules(admin, "530300", YEAR).ownRequirement()).isFalse();
    }

    @Test
    void aRequirementBelowFiftyOrNegativeIsRefusedAndNothingStored() {
        PortalUser admin = user(Role.REGION_ADMIN, "530300");
        assertThatThrownBy(() -> service.saveRequirement(admin, "530300", YEAR, new BigDecimal("20"),
                new BigDecimal("29.5"))).isInstanceOf(LearningRulesException.class)
                .hasMessage("年度学时要求合计不得低于全国标准 50 学时：49.50")
                .extracting(e -> ((LearningRulesException) e).code()).isEqualTo("requirement-below-minimum");
        assertThatThrownBy(() -> service.saveRequirement(admin, "530300", YEAR, new BigDecimal("-10"),
                new BigDecimal("70"))).extracting(e -> ((LearningRulesException) e).code())
                .isEqualTo("requirement-negative");
        assertThat(repository.hasOwnRequirement("530300", YEAR)).isFalse();
    }

    @Test
    void badRulesAreRefusedAndTheTableInForceStays() {
        PortalUser admin = user(Role.REGION_ADMIN, "530300");
        service.saveTable(admin, "530300", RuleTableBuilderTest.good());
        List<RuleInput> overlapping = RuleTableBuilderTest.good();
        overlapping.set(1, RuleTableBuilderTest.course(10, true, 40, false, "0.75", "中等课程"));
        assertThatThrownBy(() -> service.saveTable(admin, "530300", overlapping))
                .extracting(e -> ((LearningRulesException) e).code()).isEqualTo("range-overlap");
        List<RuleInput> negative = RuleTableBuilderTest.good();
        negative.set(3, new RuleInput(SourceKind.EXAM, null, true, null, false, new BigDecimal("-0.5"), "考试合格"));
        assertThatThrownBy(() -> service.saveTable(admin, "530300", negative))
                .extracting(e -> ((LearningRulesException) e).code()).isEqualTo("hours-not-positive");
        List<RuleInput> longLabel = RuleTableBuilderTest.good();
        longLabel.set(0, RuleTableBuilderTest.course(40, true, null, false, "1.5", "x".repeat(101)));
        assertThatThrownBy(() -> service.saveTable(admin, "530300", longLabel))
                .extracting(e -> ((LearningRulesException) e).code()).isEqualTo("label-too-long");
        assertThat(repository.ruleBook().forRegion("530300").rules()).extracting(r -> r.label())
                .containsExactly("长课程", "中等课程", "微课", "考试合格");
        assertThat(audited(admin, "HOUR_RULES_SAVE", "OK")).isEqualTo(1);
    }

    @Test
    void aRegionOutsideTheSubtreeIsRefusedAndAudited() {
        PortalUser admin = user(Role.REGION_ADMIN, "530300");
        assertThatThrownBy(() -> service.saveTable(admin, "530102", RuleTableBuilderTest.good()))
                .isInstanceOf(LearningRulesException.class).hasMessage("不能设置本地区以外的学时规则");
        assertThatThrownBy(() -> service.saveRequirement(admin, "530000", YEAR, new BigDecimal("40"),
                new BigDecimal("40"))).hasMessage("不能设置本地区以外的学时规则");
        assertThatThrownBy(() -> service.rules(admin, "999999", YEAR)).hasMessage("不能设置本地区以外的学时规则");
        assertThat(audited(admin, "HOUR_RULES_SAVE", "DENIED")).isEqualTo(1);
        assertThat(audited(admin, "ANNUAL_REQUIREMENT_SAVE", "DENIED")).isEqualTo(1);
        assertThat(audited(admin, "HOUR_RULES_VIEW", "DENIED")).isEqualTo(1);
        assertThat(repository.hasOwnTable("530102")).isFalse();
        assertThat(repository.hasOwnRequirement("530000", YEAR)).isFalse();
    }

    @Test
    void aProvinceAdministratorMaySetAnyRegionBelowAndACourseAdministratorNone() {
        PortalUser province = user(Role.SYSTEM_ADMIN, "530000");
        service.saveRequirement(province, "530302", YEAR, new BigDecimal("25"), new BigDecimal("35"));
        assertThat(repository.hasOwnRequirement("530302", YEAR)).isTrue();
        PortalUser courseAdmin = user(Role.COURSE_ADMIN, "530300");
        assertThatThrownBy(() -> service.inheritTable(courseAdmin, "530300"))
                .hasMessage("只有区域管理员和系统管理员可以设置学时规则");
        assertThat(audited(courseAdmin, "HOUR_RULES_INHERIT", "DENIED")).isEqualTo(1);
    }

    @Test
    void theScreenShowsTheInheritedTableAndSavesAnOwnOne() {
        signIn(user(Role.REGION_ADMIN, "530300"));
        LearningRulesView view = navigate(LearningRulesView.class);
        RulesScreen screen = new RulesScreen(view);
        assertThat(screen.tableSource()).isEqualTo("继承自：云南省");
        assertThat(screen.rowCount()).isEqualTo(4);
        assertThat(screen.rowsEditable()).isFalse();
        assertThat(screen.requirementRule()).contains("合计不少于 50 学时");

        screen.chooseOwnTable();
        assertThat(screen.rowsEditable()).isTrue();
        screen.setRow(0, 40, "1.5", "长课程"); // ≥ 40 min: leaves 30–40 uncovered
        screen.saveTable();
        assertThat(screen.tableError()).isEqualTo("课程时长在 30 分钟处没有适用的规则，请补全时长范围。");
        assertThat(repository.hasOwnTable("530300")).isFalse();

        screen.setRow(0, 30, "1.5", "长课程");
        screen.saveTable();
        assertThat(screen.tableError()).isEmpty();
        assertThat(screen.tableSource()).isEqualTo("本地区使用自己的规则表。");
        assertThat(repository.ruleBook().forRegion("530300").rules().getFirst().hours()).isEqualByComparingTo("1.5");
    }

    @Test
    void theScreenRefusesARequirementBelowFiftyWithTheRule() {
        signIn(user(Role.REGION_ADMIN, "530300"));
        RulesScreen screen = new RulesScreen(navigate(LearningRulesView.class));
        screen.setRequirement("20", "20");
        assertThat(screen.requirementError()).isEqualTo("必修与选修合计为 40 学时，不得低于全国标准 50 学时。");
        assertThat(repository.hasOwnRequirement("530300", Year.now())).isFalse();
        screen.setRequirement("25", "30");
        assertThat(screen.requirementError()).isEmpty();
        assertThat(repository.requirements().forRegion("530302", Year.now()).total()).isEqualByComparingTo("55");
    }

    @Test
    void aLearnerIsKeptOutOfTheScreen() {
        signIn(user(Role.LEARNER, "530302"));
        assertThatThrownBy(() -> navigate(LearningRulesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(LearningRulesView.class);
    }

    static void signIn(PortalUser user) {
        PortalPrincipal principal = new PortalPrincipal(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
