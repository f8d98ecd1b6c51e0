package cn.gov.egov.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.home.ui.HomeView;

/** The home page, browserless, for demo users of two roles. */
@SpringBootTest
// closed before the JVM exits, so nothing still talks to the test database while it stops
@DirtiesContext
@ActiveProfiles("dev")
class HomeViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Test
    @WithPortalUser("learner")
    void learnerSeesWelcomeRoleAndRegionInChinese() {
        HomeView view = navigate(HomeView.class);
        assertThat(find(H2.class).from(view).single().getText()).isEqualTo("欢迎，张学员");
        assertThat(find(Paragraph.class).from(view).all()).extracting(Paragraph::getText)
                .contains("身份：学员 · 所属区域：云南省 / 昆明市 / 五华区", "您目前没有进行中的课程。")
                .noneMatch(t -> t.contains("会议室"));
    }

    @Test
    @WithPortalUser("region-admin")
    void regionAdminIsToldCalmlyWhenConferenceServiceIsDown() {
        HomeView view = navigate(HomeView.class);
        assertThat(find(Paragraph.class).from(view).all()).extracting(Paragraph::getText)
                .contains("身份：区域管理员 · 所属区域：云南省 / 昆明市", "会议服务暂时无法连接，请稍后再试。");
    }
}
