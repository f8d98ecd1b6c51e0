package cn.gov.egov.portal.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.conference.ui.CalendarView;
import cn.gov.egov.portal.conference.ui.RegionsView;
import cn.gov.egov.region.Region;

/** The administration screens, browserless: who may open them, and how they behave when conference-server is down. */
@SpringBootTest
@ActiveProfiles("dev")
@DirtiesContext
class AdminViewsTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Test
    @WithPortalUser("region-admin")
    void regionTreeShowsOnlyTheAdministratorsSubtree() {
        RegionsView view = navigate(RegionsView.class);
        @SuppressWarnings("unchecked")
        TreeGrid<Region> tree = find(TreeGrid.class).from(view).single();
        var roots = tree.getTreeData().getRootItems();
        assertThat(roots).extracting(Region::code).containsExactly("530100");
        assertThat(tree.getTreeData().getChildren(roots.getFirst())).extracting(Region::name).contains("五华区")
                .hasSize(14);
    }

    @Test
    @WithPortalUser("region-admin")
    void calendarSaysCalmlyThatTheConferenceServiceIsDown() {
        CalendarView view = navigate(CalendarView.class);
        assertThat(find(Span.class).from(view).all()).extracting(Span::getText)
                .contains("会议服务暂时无法连接，请稍后再试。");
    }

    @Test
    @WithPortalUser("learner")
    void learnersCannotOpenAdministration() {
        assertThatThrownBy(() -> navigate(CalendarView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
    }
}
