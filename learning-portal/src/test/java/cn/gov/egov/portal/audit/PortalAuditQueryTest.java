package cn.gov.egov.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.audit.ui.AuditView;
import cn.gov.egov.portal.conference.ConferenceModels.AuditEntry;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/** The learning platform's audit log as administrators read it: own subtree only, server-checked, refusals audited. */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class PortalAuditQueryTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired PortalAuditLog log;
    @Autowired PortalAuditQuery query;
    @Autowired UserRepository users;

    PortalUser kunmingAdmin; // demo region-admin, 昆明市 530100
    PortalUser wuhuaCourseAdmin;
    PortalUser qujingCourseAdmin;
    String tag;

    @BeforeEach
    void entries() {
        kunmingAdmin = users.findByUsername("region-admin").orElseThrow();
        wuhuaCourseAdmin = user("wh-audit-admin", Role.COURSE_ADMIN, "530102");
        qujingCourseAdmin = user("qj-audit-admin", Role.COURSE_ADMIN, "530300");
        tag = UUID.randomUUID().toString();
        log.allowed(wuhuaCourseAdmin, "COURSE_PUBLISH", "COURSE", UUID.randomUUID(), "530102", "五华课程 " + tag);
        log.denied(wuhuaCourseAdmin, "COURSE_UPDATE", "COURSE", UUID.randomUUID(), "530300", "曲靖课程 " + tag);
        log.allowed(qujingCourseAdmin, "VOD_CREATE", "VOD", UUID.randomUUID(), "530302", "曲靖点播 " + tag);
        log.allowed(wuhuaCourseAdmin, "EXAM_CREATE", "EXAM", UUID.randomUUID(), "530102", "<b>考试</b> " + tag);
    }

    PortalUser user(String name, Role role, String region) {
        return users.findByUsername(name).orElseGet(() -> {
            PortalUser u = new PortalUser(UUID.randomUUID(), name, name, null, "{noop}x", role, region, true);
            users.insert(u);
            return u;
        });
    }

    List<String> summaries(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::summary).filter(s -> s.endsWith(tag)).toList();
    }

    @Test
    void aPrefectureAdministratorSeesTheirSubtreeOnly() {
        List<AuditEntry> kunming = query.find(kunmingAdmin, "530100", null, null, 0, 500);
        assertThat(summaries(kunming)).containsExactlyInAnyOrder("五华课程 " + tag, "<b>考试</b> " + tag);
        assertThat(summaries(query.find(kunmingAdmin, "530102", null, "EXAM_", 0, 500)))
                .containsExactly("<b>考试</b> " + tag);
        assertThat(summaries(query.find(kunmingAdmin, "530100", "wh-audit-admin", null, 0, 500))).hasSize(2);
        assertThat(summaries(query.find(kunmingAdmin, "530100", "nobody", null, 0, 500))).isEmpty();
    }

    @Test
    void refusalsAreAFilterOfTheirOwn() {
        PortalUser province = user("prov-audit-admin", Role.SYSTEM_ADMIN, "530000");
        assertThat(summaries(query.find(province, "530000", null, PortalAuditQuery.DENIED, 0, 500)))
                .containsExactly("曲靖课程 " + tag);
        assertThat(summaries(query.find(province, "530000", null, null, 0, 500))).hasSize(4);
    }

    @Test
    void anotherRegionOrALearnerIsRefusedAndTheRefusalAudited() {
        assertThatThrownBy(() -> query.find(kunmingAdmin, "530300", null, null, 0, 500))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> query.find(kunmingAdmin, "not-a-region-code", null, null, 0, 500))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> query.find(wuhuaCourseAdmin, "530102", null, null, 0, 500))
                .isInstanceOf(AccessDeniedException.class);
        List<PortalAuditLog.Entry> refusals = log.search("53", null, "AUDIT_VIEW", true, 0, 50);
        assertThat(refusals).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("region-admin");
            assertThat(e.targetRegion()).isEqualTo("530300");
        });
        assertThat(refusals).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("region-admin");
            assertThat(e.targetId()).isEqualTo("not-a-region-code");
        });
        assertThat(refusals).anySatisfy(e -> assertThat(e.actor()).isEqualTo("wh-audit-admin"));
    }

    @Test
    @WithPortalUser("region-admin")
    @SuppressWarnings("unchecked")
    void theAuditPageShowsTheLearningPlatformsLog() {
        AuditView view = navigate(AuditView.class);
        Select<String> source = find(Select.class).from(view).all().getFirst();
        source.setValue("portal");
        Grid<AuditEntry> grid = find(Grid.class).from(view).single();
        List<String> shown = summaries(grid.getGenericDataView().getItems().toList());
        assertThat(shown).containsExactlyInAnyOrder("五华课程 " + tag, "<b>考试</b> " + tag);
    }
}
