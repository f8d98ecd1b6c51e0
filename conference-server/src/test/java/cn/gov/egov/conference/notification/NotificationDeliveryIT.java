package cn.gov.egov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.conference.ConferenceServerTest;
import cn.gov.egov.embedded.FreePort;

/**
 * Notices leave by real SMTP (GreenMail in this JVM) and a real HTTP SMS gateway, sent by the scheduled sender:
 * invitations calendar programs parse, changes with a higher SEQUENCE, withdrawals, and an outage that delays
 * delivery but never scheduling.
 */
@ConferenceServerTest
class NotificationDeliveryIT {

    private static final int SMTP_PORT = FreePort.find();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final SmsReceiver SMS = new SmsReceiver();
    private static volatile GreenMail smtp = startSmtp();

    @LocalServerPort
    int port;

    private ApiClient kunming;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP_PORT);
        r.add("conference.notifications.sender-delay", () -> "PT0.2S");
        r.add("conference.notifications.retry-initial", () -> "PT1S");
        r.add("conference.notifications.retry-max", () -> "PT2S");
        r.add("conference.notifications.max-attempts", () -> "30");
        r.add("conference.notifications.sms.enabled", () -> "true");
        r.add("conference.notifications.sms.url", () -> SMS.url().toString());
        r.add("conference.notifications.sms.token", () -> "test-sms-token");
    }

    private static GreenMail startSmtp() {
        GreenMail g = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    @AfterAll
    static void stopServers() {
        smtp.stop();
        SMS.close();
    }

    @BeforeEach
    void setUp() {
        kunming = new ApiClient(port, null).as("km-admin", "REGION_ADMIN", "530100");
    }

    private String room(String region, String email, String phone) {
        Map<String, Object> body = ApiClient.room(region, "通知测试室" + System.nanoTime());
        body.put("contactEmail", email);
        body.put("contactPhone", phone);
        var r = kunming.post("/api/v1/rooms", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String address(String who) {
        return who + "-" + System.nanoTime() + "@km.gov.cn";
    }

    private MimeMessage awaitMail(String to, String subjectPrefix) {
        await().atMost(PATIENCE).until(() -> Mails.to(smtp, to).stream()
                .anyMatch(m -> Mails.subject(m).startsWith(subjectPrefix)));
        return Mails.to(smtp, to).stream().filter(m -> Mails.subject(m).startsWith(subjectPrefix)).findFirst()
                .orElseThrow();
    }

    private static VEvent invitation(MimeMessage m, String method) {
        assertThat(Mails.contentType(Mails.calendarPart(m))).contains("method=" + method);
        Calendar inline = Mails.parse(Mails.text(Mails.calendarPart(m)));
        Calendar attached = Mails.parse(Mails.text(Mails.attachment(m)));
        assertThat(inline.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(method);
        assertThat(Mails.event(attached).getProperty("UID")).isEqualTo(Mails.event(inline).getProperty("UID"));
        return Mails.event(inline);
    }

    @Test
    void schedulingMailsEveryRoomContactAnInvitationAndTextsMobiles() {
        String a = address("a");
        String b = address("b");
        String roomA = room("530100", a, "138 0013 8000");
        String roomB = room("530102", b, "0871-12345678");
        LocalDate monday = LocalDate.now(BEIJING).plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Map<String, Object> weekly = ApiClient.conference("全市防汛视频调度会", "530100", roomA, List.of(roomA, roomB),
                monday + "T07:30", monday + "T09:00");
        weekly.put("rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=4");
        var created = kunming.post("/api/v1/conferences", weekly);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        for (String to : List.of(a, b)) {
            MimeMessage m = awaitMail(to, "【会议通知】");
            assertThat(Mails.subject(m)).isEqualTo("【会议通知】全市防汛视频调度会");
            assertThat(Mails.body(m)).contains("会议时间：" + monday + " 07:30 至 09:00（北京时间）")
                    .contains("每周（周一），共 4 次");
            VEvent e = invitation(m, "REQUEST");
            assertThat(Mails.property(e, "UID")).isEqualTo(id + "@egov-platform");
            assertThat(Mails.property(e, "SEQUENCE")).isEqualTo("0");
            assertThat(Mails.property(e, "DTSTART")).isEqualTo(monday.toString().replace("-", "") + "T073000");
            assertThat(e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Shanghai");
            assertThat(java.time.Instant.from((Temporal) e.getDateTimeStart().getDate()))
                    .isEqualTo(LocalDateTime.of(monday, java.time.LocalTime.of(7, 30)).atZone(BEIJING).toInstant());
            assertThat(Mails.property(e, "RRULE")).contains("FREQ=WEEKLY").contains("BYDAY=MO").contains("UNTIL=");
        }
        await().atMost(PATIENCE).until(() -> SMS.received().stream().anyMatch(r -> r.body().contains("13800138000")));
        SmsReceiver.Received text = SMS.received().stream().filter(r -> r.body().contains("13800138000"))
                .findFirst().orElseThrow();
        assertThat(text.authorization()).isEqualTo("Bearer test-sms-token");
        assertThat(JsonMapper.builder().build().readTree(text.body()).get("text").asString())
                .startsWith("【政务视频会议】会议通知：「全市防汛视频调度会」");

        await().atMost(PATIENCE).until(() -> statuses(id).stream().allMatch(s -> s.startsWith("SENT")));
        assertThat(statuses(id)).containsExactlyInAnyOrder("SENT EMAIL " + a, "SENT EMAIL " + b,
                "SENT SMS 13800138000");
    }

    @Test
    void changesRaiseTheSequenceAndDroppedRoomsAndCancellationWithdraw() {
        String a = address("keep");
        String b = address("drop");
        String roomA = room("530100", a, null);
        String roomB = room("530102", b, null);
        String day = LocalDate.now(BEIJING).plusDays(4).toString();
        var created = kunming.post("/api/v1/conferences", ApiClient.conference("专题工作会", "530100", roomA,
                List.of(roomA, roomB), day + "T14:00", day + "T15:00"));
        String id = created.json().get("id").asString();
        awaitMail(b, "【会议通知】");

        var changed = kunming.put("/api/v1/conferences/" + id, ApiClient.conference("专题工作会", "530100", roomA,
                List.of(roomA), day + "T16:00", day + "T17:00"), created.etag());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        VEvent moved = invitation(awaitMail(a, "【会议变更通知】"), "REQUEST");
        assertThat(Mails.property(moved, "SEQUENCE")).isEqualTo("1");
        assertThat(Mails.property(moved, "DTSTART")).endsWith("T160000");
        MimeMessage dropped = awaitMail(b, "【会议变更通知】");
        assertThat(Mails.body(dropped)).contains("您已不再参加此会议");
        VEvent withdrawn = invitation(dropped, "CANCEL");
        assertThat(Mails.property(withdrawn, "UID")).isEqualTo(id + "@egov-platform");

        var cancelled = kunming.send("POST", "/api/v1/conferences/" + id + "/cancel", null, changed.etag());
        assertThat(cancelled.status()).isEqualTo(200);
        VEvent gone = invitation(awaitMail(a, "【会议取消通知】"), "CANCEL");
        assertThat(Mails.property(gone, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Mails.property(gone, "SEQUENCE")).isEqualTo("2");
        assertThat(Mails.to(smtp, b)).as("the dropped room hears nothing more").hasSize(2);
    }

    @Test
    void invitedUsersAreMailedAtTheAddressesThePortalSent() {
        String roomA = room("530100", null, null);
        String mail = address("zhang.san");
        String later = address("zhang.san.new");
        String day = LocalDate.now(BEIJING).plusDays(6).toString();
        Map<String, Object> body = ApiClient.conference("干部培训动员会", "530100", roomA, List.of(roomA),
                day + "T14:00", day + "T15:00");
        body.put("invitees", List.of("zhang.san", "li.si"));
        body.put("inviteeContacts", List.of(
                Map.of("username", "zhang.san", "displayName", "张三", "email", mail, "mobile", "13900001111"),
                Map.of("username", "li.si", "displayName", "李四")));
        var created = kunming.post("/api/v1/conferences", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        MimeMessage m = awaitMail(mail, "【会议通知】");
        assertThat(Mails.subject(m)).isEqualTo("【会议通知】干部培训动员会");
        assertThat(Mails.body(m)).contains("张三");
        assertThat(Mails.property(invitation(m, "REQUEST"), "UID")).isEqualTo(id + "@egov-platform");
        await().atMost(PATIENCE).until(() -> statuses(id).stream().noneMatch(s -> s.startsWith("PENDING")));
        // li.si has no address: a portal notice only; zhang.san's mobile gets a text as well
        assertThat(statuses(id)).containsExactlyInAnyOrder("SENT EMAIL " + mail, "SENT SMS 13900001111",
                "SENT PORTAL zhang.san", "SENT PORTAL li.si");

        // the portal sends newer details with a change: the change notice goes to the new address
        body.put("inviteeContacts", List.of(Map.of("username", "zhang.san", "displayName", "张三", "email", later)));
        body.put("end", day + "T15:30");
        var changed = kunming.put("/api/v1/conferences/" + id, body, created.etag());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(Mails.subject(awaitMail(later, "【会议变更通知】"))).isEqualTo("【会议变更通知】干部培训动员会");
    }

    @Test
    void aMailOutageDelaysDeliveryButNeverScheduling() {
        String a = address("outage");
        String roomA = room("530100", a, null);
        String day = LocalDate.now(BEIJING).plusDays(5).toString();
        smtp.stop();
        try {
            var created = kunming.post("/api/v1/conferences", ApiClient.conference("停电演练会", "530100", roomA,
                    List.of(roomA), day + "T10:00", day + "T11:00"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            await().atMost(PATIENCE).until(() -> attempts(id) >= 1);
            JsonNode row = deliveries(id).get(0);
            assertThat(row.get("status").asString()).isEqualTo("PENDING");
            assertThat(row.get("lastError").asString()).isNotBlank();
            assertThat(row.get("nextAttemptAt").isNull()).isFalse();
        } finally {
            smtp = startSmtp();
        }
        MimeMessage late = awaitMail(a, "【会议通知】");
        assertThat(Mails.subject(late)).isEqualTo("【会议通知】停电演练会");
    }

    private JsonNode deliveries(String id) {
        var r = kunming.get("/api/v1/conferences/" + id + "/notifications");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private int attempts(String id) {
        JsonNode rows = deliveries(id);
        return rows.isEmpty() ? 0 : rows.get(0).get("attempts").asInt();
    }

    private List<String> statuses(String id) {
        List<String> out = new java.util.ArrayList<>();
        deliveries(id).forEach(n -> out.add(n.get("status").asString() + " " + n.get("channel").asString() + " "
                + n.get("recipient").asString()));
        return out;
    }
}
