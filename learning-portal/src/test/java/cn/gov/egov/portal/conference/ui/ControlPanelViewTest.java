package cn.gov.egov.portal.conference.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.WithPortalUser;
import cn.gov.egov.portal.conference.ApiProblem;
import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceModels.Conference;
import cn.gov.egov.portal.conference.ConferenceModels.Occurrence;
import cn.gov.egov.portal.conference.ConferenceModels.Page;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ControlCommand;
import cn.gov.egov.portal.conference.LiveModels.Attendance;
import cn.gov.egov.portal.conference.LiveModels.Attendee;
import cn.gov.egov.portal.conference.LiveModels.Counts;
import cn.gov.egov.portal.conference.LiveSamples;

/**
 * The control panel (会控) and the attendance dialog, browserless, against a stubbed conference-server: what is
 * shown, which command each button sends, and how refusals read.
 */
@SpringBootTest
@ActiveProfiles("dev")
@DirtiesContext
class ControlPanelViewTest extends SpringBrowserlessTest {

    private static final UUID ID = UUID.fromString(LiveSamples.CONFERENCE);
    private static final UUID OCCURRENCE = UUID.fromString("0d0d0d0d-1111-2222-3333-444444444444");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @MockitoBean
    ConferenceServerClient client;

    @BeforeEach
    void conference() {
        Conference c = new Conference(ID, "全省防汛调度会", "MEETING", "530100",
                UUID.fromString(LiveSamples.KUNMING_ROOM), Set.of(UUID.fromString(LiveSamples.KUNMING_ROOM)),
                Set.of(), LocalDateTime.of(2026, 11, 22, 10, 0), LocalDateTime.of(2026, 11, 22, 11, 0),
                "Asia/Shanghai", Instant.parse("2026-11-22T02:00:00Z"), Instant.parse("2026-11-22T03:00:00Z"), null,
                List.of(), null, false, "region-admin", 1);
        when(client.conference(any(), eq(ID))).thenReturn(c);
    }

    private ControlPanelView open(boolean muted) {
        when(client.live(any(), eq(ID))).thenReturn(Optional.of(LiveSamples.view(muted)));
        return navigate(ControlPanelView.class, ID.toString());
    }

    private List<Div> cards(ControlPanelView view) {
        return find(Div.class).from(view).withClassName("venue-card").all();
    }

    private static List<String> badges(Div card) {
        return card.getChildren().flatMap(c -> c.getChildren()).filter(Span.class::isInstance)
                .map(s -> ((Span) s).getText()).toList();
    }

    @Test
    @WithPortalUser("region-admin")
    void venuesShowTheirTypeRegionAndMarksMainVenueFirst() {
        ControlPanelView view = open(false);
        List<Div> cards = cards(view);
        assertThat(cards).hasSize(3);
        assertThat(cards.getFirst().getElement().getTextRecursively()).contains("昆明市政府视频会议室", "会议室 · 昆明市");
        assertThat(badges(cards.getFirst())).contains("主会场");
        Div wuhua = cards.get(2);
        assertThat(wuhua.getElement().getTextRecursively()).contains("五华区政府视频会议室", "五华区");
        assertThat(badges(wuhua)).contains("正在连接", "已静音", "举手", "弱网：低清", "广播中")
                .doesNotContain("全场显示中"); // said by 广播中 already
        assertThat(find(Button.class).from(wuhua).withText("取消静音").exists()).isTrue();
        assertThat(find(Button.class).from(wuhua).withText("取消广播").exists()).isTrue();
        assertThat(badges(cards.get(1))).contains("摄像头已关闭", "轮巡画面", "主会场显示中");
        assertThat(find(Span.class).from(view).withClassName("control-badge").withText("主会场：昆明市政府视频会议室")
                .exists()).isTrue();
        assertThat(find(Span.class).from(view).withText("全场画面：五华区政府视频会议室").exists()).isTrue();
        assertThat(find(Span.class).from(view).withText("会议已锁定").exists()).isTrue();
        assertThat(find(Button.class).from(view).withText("解锁会议").exists()).isTrue();
        assertThat(find(Div.class).from(view).withClassName("hand-item").all()).extracting(
                d -> d.getElement().getAttribute("data-venue")).containsExactly("p-li", "p-wh");
        assertThat(find(Div.class).from(view).withClassName("banned-list").single().getElement()
                .getTextRecursively()).contains("官渡区会议室");
    }

    @Test
    @WithPortalUser("region-admin")
    void muteAllSendsTheCommandAndShowsTheAnswer() {
        ControlPanelView view = open(false);
        when(client.control(any(), eq(ID), eq(ControlCommand.muteAll(false)))).thenReturn(LiveSamples.view(true));
        test(find(Button.class).from(view).withText("全场静音").single()).click();
        verify(client).control(any(), eq(ID), eq(ControlCommand.muteAll(false)));
        assertThat(cards(view)).allSatisfy(card -> assertThat(badges(card)).contains("已静音"));
        assertThat(find(Span.class).from(view).withText("全场静音中").exists()).isTrue();
    }

    @Test
    @WithPortalUser("region-admin")
    void venueButtonsSendTheirCommandsAndRemovalIsConfirmedFirst() {
        ControlPanelView view = open(false);
        when(client.control(any(), eq(ID), any())).thenReturn(LiveSamples.view(false));
        Div wuhua = cards(view).get(2);
        test(find(Button.class).from(wuhua).withText("取消静音").single()).click();
        verify(client).control(any(), eq(ID), eq(ControlCommand.unmute("p-wh")));
        test(find(Button.class).from(wuhua).withText("点名").single()).click();
        verify(client).control(any(), eq(ID), eq(ControlCommand.rollCall("p-wh")));
        @SuppressWarnings("unchecked")
        Select<String> thin = find(Select.class).from(wuhua).single();
        test(thin).selectItem("仅音频");
        verify(client).control(any(), eq(ID), eq(ControlCommand.thinLink("p-wh", "AUDIO_ONLY")));

        test(find(Button.class).from(wuhua).withText("移出").single()).click();
        verify(client, never()).control(any(), eq(ID), eq(ControlCommand.remove("p-wh")));
        test(find(Button.class).id("confirm-remove")).click();
        verify(client).control(any(), eq(ID), eq(ControlCommand.remove("p-wh")));

        test(find(Button.class).from(view).withClassName("hand-grant").all().getFirst()).click();
        verify(client).control(any(), eq(ID), eq(ControlCommand.grantHand("p-li")));
    }

    @Test
    @WithPortalUser("learner")
    void aRefusalShowsConferenceServersChineseMessage() {
        ControlPanelView view = open(false);
        when(client.control(any(), eq(ID), any())).thenThrow(new ConferenceApiException(
                new ApiProblem(403, "not-a-controller", "您没有会议控制权限", List.of(), null)));
        test(find(Button.class).from(view).withText("全场静音").single()).click();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("您没有会议控制权限");
        assertThat(cards(view)).hasSize(3);
    }

    @Test
    @WithPortalUser("region-admin")
    void aConferenceThatIsNotLiveIsSaidPlainly() {
        when(client.live(any(), eq(ID))).thenReturn(Optional.empty());
        ControlPanelView view = navigate(ControlPanelView.class, ID.toString());
        assertThat(find(Paragraph.class).from(view).withClassName("control-message").single().getText())
                .startsWith("该会议当前没有进行中的场次");
        assertThat(cards(view)).isEmpty();
    }

    @Test
    @WithPortalUser("region-admin")
    void theDetailViewOpensTheAttendanceOfAnOccurrence() {
        when(client.rooms(any(), any(), eq(0), eq(200))).thenReturn(new Page<>(List.of(), 0, 200, 0));
        when(client.occurrences(any(), eq(ID))).thenReturn(List.of(new Occurrence(OCCURRENCE, ID, 1,
                Instant.parse("2026-11-22T02:00:00Z"), Instant.parse("2026-11-22T03:00:00Z"), "LIVE")));
        when(client.deliveries(any(), eq(ID))).thenReturn(List.of());
        when(client.attendance(any(), eq(ID), eq(OCCURRENCE))).thenReturn(new Attendance(ID, "全省防汛调度会",
                OCCURRENCE, 1, Instant.parse("2026-11-22T02:00:00Z"), Instant.parse("2026-11-22T03:00:00Z"),
                "Asia/Shanghai", "LIVE", Instant.parse("2026-11-22T02:30:00Z"), false, 5,
                new Counts(2, 1, 0, 1, 0), List.of(
                new Attendee("ROOM", UUID.randomUUID(), null, "昆明市政府视频会议室", "530100", "昆明市", true,
                        Instant.parse("2026-11-22T01:58:00Z"), null, true, 1920, 32, 1, "ON_TIME", "准时"),
                new Attendee("ROOM", UUID.randomUUID(), null, "五华区政府视频会议室", "530102", "五华区", true,
                        null, null, false, 0, 0, 0, "ABSENT", "缺席"))));
        var detail = navigate(ConferenceDetailView.class, ID.toString());
        assertThat(find(Button.class).from(detail).id("conference-control").getText()).isEqualTo("会控");
        @SuppressWarnings("unchecked")
        Grid<Occurrence> occurrences = find(Grid.class).from(detail).all().getFirst();
        var links = test(occurrences).getCellComponent(0, 3);
        Button show = (Button) links.getChildren().findFirst().orElseThrow();
        assertThat(show.getText()).isEqualTo("签到情况");
        test(show).click();
        @SuppressWarnings("unchecked")
        Grid<Attendee> grid = find(Grid.class).withClassName("attendance-grid").single();
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.getCellText(0, 0)).isEqualTo("昆明市政府视频会议室");
        assertThat(rows.getCellText(0, 3)).isEqualTo("11-22 09:58");
        assertThat(rows.getCellText(0, 4)).isEqualTo("在线");
        assertThat(rows.getCellText(0, 5)).isEqualTo("32 分钟");
        assertThat(rows.getCellText(0, 7)).isEqualTo("准时");
        assertThat(rows.getCellText(1, 3)).isEqualTo("—");
        assertThat(rows.getCellText(1, 7)).as("not over yet").isEqualTo("未入会");
        assertThat(find(Paragraph.class).withClassName("attendance-counts").single().getText())
                .isEqualTo("应到 2 · 准时 1 · 迟到 0 · 缺席 1 · 未邀请入会 0");
    }
}
