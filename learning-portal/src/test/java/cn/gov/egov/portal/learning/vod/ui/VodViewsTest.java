package cn.gov.egov.portal.learning.vod.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.learning.course.MediaFixtures;
import cn.gov.egov.portal.learning.vod.VodDraft;
import cn.gov.egov.portal.learning.vod.VodItem;
import cn.gov.egov.portal.learning.vod.VodLibrary;
import cn.gov.egov.portal.media.ui.HlsPlayer;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/** The VOD library, browserless: search, region visibility, playing, and the administrator's dialog. */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("dev")
class VodViewsTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired VodLibrary library;
    @Autowired UserRepository users;
    @Autowired JdbcClient jdbc;

    PortalUser province() {
        return users.findByUsername("course-admin").orElseThrow();
    }

    PortalUser qujingAdmin() {
        return users.findByUsername("qj-vod-admin").orElseGet(() -> {
            PortalUser u = new PortalUser(UUID.randomUUID(), "qj-vod-admin", "曲靖管理员", null, "{noop}x",
                    Role.COURSE_ADMIN, "530300", true);
            users.insert(u);
            return u;
        });
    }

    @Test
    @WithPortalUser("learner")
    void aLearnerFindsTheVideosOfTheirRegionAndPlaysOneButNotAnotherRegions() {
        String tag = "点播" + UUID.randomUUID().toString().substring(0, 6);
        UUID asset = MediaFixtures.asset(jdbc, "530000", "SUCCEEDED");
        VodItem news = library.create(province(), new VodDraft(tag + "<b>全省</b>新闻", "<script>x()</script>说明",
                asset, "新闻", "会议", Role.LEARNER, true));
        VodItem qujing = library.create(qujingAdmin(), new VodDraft(tag + "曲靖", "", MediaFixtures.asset(jdbc,
                "530300", "SUCCEEDED"), "", "", Role.LEARNER, true));
        library.create(province(), new VodDraft(tag + "管理员内部", "", asset, "", "", Role.REGION_ADMIN, true));
        VodView view = navigate(VodView.class);
        test(view.search).setValue(tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(tag + "<b>全省</b>新闻");
        assertThat(find(com.vaadin.flow.component.button.Button.class).from(view).withClassName("vod-manage").all())
                .isEmpty();
        test(view.grid).clickRow(0);
        VodPlayerView player = (VodPlayerView) getCurrentView();
        assertThat(find(H2.class).from(player).single().getText()).isEqualTo(tag + "<b>全省</b>新闻");
        assertThat(find(HlsPlayer.class).from(player).single().getElement().getAttribute("src"))
                .isEqualTo("/media/play/" + asset + "/master.m3u8");
        Div description = find(Div.class).from(player).withClassName("vod-description").single();
        assertThat(description.getText()).isEqualTo("<script>x()</script>说明");
        assertThat(description.getElement().getProperty("innerHTML")).isNull();
        assertThat(news.id()).isNotNull();

        VodPlayerView refused = navigate("vod/" + qujing.id(), VodPlayerView.class);
        assertThat(find(H2.class).from(refused).single().getText()).isEqualTo("视频不存在或您无权观看。");
        assertThat(find(HlsPlayer.class).from(refused).all()).isEmpty();
    }

    @Test
    @WithPortalUser("course-admin")
    void theAdministratorAddsAnItemAndIsToldWhenTheVideoIsNotTranscoded() {
        String tag = "管理" + UUID.randomUUID().toString().substring(0, 6);
        UUID running = MediaFixtures.asset(jdbc, "530000", "RUNNING");
        VodAdminView view = navigate(VodAdminView.class);
        test(find(com.vaadin.flow.component.button.Button.class).from(view).withClassName("vod-new").single())
                .click();
        VodDialog dialog = find(VodDialog.class).single();
        dialog.title.setValue(tag + "会议录像");
        dialog.video.setValue(dialog.video.getListDataView().getItems().filter(a -> a.id().equals(running))
                .findFirst().orElseThrow());
        dialog.published.setValue(true);
        test(find(com.vaadin.flow.component.button.Button.class).from(dialog).withClassName("vod-save").single())
                .click();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("视频尚未转码完成，暂不能发布。");
        assertThat(library.countManaged(province(), tag)).isZero();
        dialog.published.setValue(false);
        test(find(com.vaadin.flow.component.button.Button.class).from(dialog).withClassName("vod-save").single())
                .click();
        test(view.search).setValue(tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("否");
    }
}
