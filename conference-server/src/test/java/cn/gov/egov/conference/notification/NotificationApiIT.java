package cn.gov.egov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.conference.ConferenceServerTest;

/**
 * The notification API without a mail server (the embedded default): portal notices per user, the organisers'
 * delivery list and its authority, e-mail waiting for a server, removed invitees, reminders written once.
 */
@ConferenceServerTest
class NotificationApiIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    NotificationSender sender;
    @Autowired
    ReminderJob reminders;
    @Autowired
    JdbcClient jdbc;

    private ApiClient kunming;
    private final String day = LocalDate.now(BEIJING).plusDays(6).toString();

    @BeforeEach
    void setUp() {
        kunming = new ApiClient(port, null).as("km-admin", "REGION_ADMIN", "530100");
    }

    private String room(String region, String phone) {
        Map<String, Object> body = ApiClient.room(region, "提醒测试室" + System.nanoTime());
        body.put("contactEmail", "room-" + System.nanoTime() + "@km.gov.cn");
        body.put("contactPhone", phone);
        var r = kunming.post("/api/v1/rooms", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private ApiClient.Reply schedule(String title, String room, List<String> invitees, String start, String end) {
        Map<String, Object> body = ApiClient.conference(title, "530100", room, List.of(room), start, end);
        body.put("invitees", invitees);
        var r = kunming.post("/api/v1/conferences", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    private static List<String> subjects(JsonNode notices) {
        List<String> out = new ArrayList<>();
        notices.forEach(n -> out.add(n.get("subject").asString()));
        return out;
    }

    @Test
    void invitedUsersReadTheirOwnNoticesOnly() {
        String title = "学习贯彻专题培训" + System.nanoTime();
        String room = room("530100", null);
        String id = schedule(title, room, List.of("zhang.san"), day + "T09:00", day + "T10:00").json().get("id")
                .asString();
        ApiClient zhang = kunming.as("zhang.san", "LEARNER", "530102");
        ApiClient li = kunming.as("li.si", "LEARNER", "530102");

        var mine = zhang.get("/api/v1/notices?size=200");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(subjects(mine.json())).contains("【会议通知】" + title);
        JsonNode notice = mine.json().get(0);
        assertThat(notice.get("conferenceId").asString()).isEqualTo(id);
        assertThat(notice.get("body").asString()).startsWith("zhang.san：").contains("会议名称：" + title);
        assertThat(notice.get("readAt").isNull()).isTrue();
        assertThat(subjects(li.get("/api/v1/notices?size=200").json())).doesNotContain("【会议通知】" + title);

        String noticeId = notice.get("id").asString();
        assertThat(li.post("/api/v1/notices/" + noticeId + "/read", null).status()).isEqualTo(404);
        long unread = zhang.get("/api/v1/notices/unread-count").json().get("unread").asLong();
        var read = zhang.post("/api/v1/notices/" + noticeId + "/read", null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("readAt").isNull()).isFalse();
        assertThat(zhang.get("/api/v1/notices/unread-count").json().get("unread").asLong()).isEqualTo(unread - 1);
        assertThat(subjects(zhang.get("/api/v1/notices?unread=true&size=200").json()))
                .doesNotContain("【会议通知】" + title);
        assertThat(zhang.get("/api/v1/notices?size=201").status()).isEqualTo(400);
    }

    @Test
    void deliveryStatusIsForTheOrganisersAdministratorsOnly() {
        String room = room("530100", null);
        String id = schedule("权限测试会", room, List.of(), day + "T11:00", day + "T12:00").json().get("id")
                .asString();
        String path = "/api/v1/conferences/" + id + "/notifications";
        assertThat(kunming.get(path).status()).isEqualTo(200);
        assertThat(kunming.as("yn-admin", "REGION_ADMIN", "530000").get(path).status()).isEqualTo(200);
        var dali = kunming.as("dali-admin", "REGION_ADMIN", "532900").get(path);
        assertThat(dali.status()).isEqualTo(403);
        assertThat(dali.code()).isEqualTo("forbidden");
        assertThat(kunming.as("zhang.san", "LEARNER", "530100").get(path).status()).isEqualTo(403);
        assertThat(kunming.get("/api/v1/conferences/" + java.util.UUID.randomUUID() + "/notifications").status())
                .isEqualTo(404);
        assertThat(kunming.get(path + "?status=BOGUS").status()).isEqualTo(400);
    }

    @Test
    void withoutAMailServerEmailWaitsWithTheReasonAndSmsIsNotWritten() {
        String room = room("530100", "13800138000");
        String id = schedule("无邮件服务器测试会", room, List.of("wang.wu"), day + "T13:00", day + "T14:00").json()
                .get("id").asString();
        sender.sendDue();
        List<String> rows = new ArrayList<>();
        kunming.get("/api/v1/conferences/" + id + "/notifications").json().forEach(n -> rows.add(
                n.get("channel").asString() + " " + n.get("status").asString() + " " + n.get("attempts").asInt()
                        + " " + (n.get("lastError").isNull() ? "-" : n.get("lastError").asString())));
        assertThat(rows).containsExactlyInAnyOrder(
                "EMAIL PENDING 0 " + NotificationSender.NO_MAIL_SERVER,
                "PORTAL SENT 0 -");
    }

    @Test
    void aRemovedInviteeIsToldAndOthersAreNotToldTwice() {
        String room = room("530100", null);
        String title = "邀请变更测试会" + System.nanoTime();
        var created = schedule(title, room, List.of("zhao.liu", "qian.qi"), day + "T15:00", day + "T16:00");
        Map<String, Object> changed = ApiClient.conference(title, "530100", room, List.of(room), day + "T15:30",
                day + "T16:30");
        changed.put("invitees", List.of("zhao.liu"));
        String id = created.json().get("id").asString();
        assertThat(kunming.put("/api/v1/conferences/" + id, changed, created.etag()).status()).isEqualTo(200);

        var qian = kunming.as("qian.qi", "LEARNER", "530100").get("/api/v1/notices?size=200").json();
        assertThat(subjects(qian)).contains("【会议通知】" + title, "【会议变更通知】" + title);
        assertThat(qian.get(0).get("body").asString()).contains("您已不再参加此会议");
        var zhao = kunming.as("zhao.liu", "LEARNER", "530100").get("/api/v1/notices?size=200").json();
        assertThat(zhao.get(0).get("body").asString()).contains("以下会议的安排已变更").contains("15:30 至 16:30");
    }

    @Test
    void remindersAreWrittenOnceForOccurrencesInsideTheLeadTime() {
        String soonRoom = room("530100", null);
        String laterRoom = room("530100", null);
        LocalDateTime soon = LocalDateTime.now(BEIJING).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        String title = "会前提醒测试会" + System.nanoTime();
        String soonId = schedule(title, soonRoom, List.of("sun.ba"), soon.toString(), soon.plusHours(1).toString())
                .json().get("id").asString();
        String laterId = schedule("三天后的会", laterRoom, List.of(), day + "T17:00", day + "T18:00").json()
                .get("id").asString();

        reminders.remind();
        reminders.remind();

        assertThat(reminderRows(soonId)).containsExactlyInAnyOrder("EMAIL", "PORTAL");
        assertThat(reminderRows(laterId)).isEmpty();
        var sun = kunming.as("sun.ba", "LEARNER", "530100").get("/api/v1/notices?size=200").json();
        assertThat(subjects(sun)).containsOnlyOnce("【会前提醒】" + title);
        JsonNode reminder = sun.get(0);
        assertThat(reminder.get("kind").asString()).isEqualTo("REMINDER");
        assertThat(reminder.get("occurrenceId").isNull()).isFalse();
        assertThat(reminder.get("body").asString()).contains("将于 " + soon.toLocalTime() + " 开始");
    }

    @Test
    void instancesRemindingAtOnceRemindOnce() throws Exception {
        String room = room("530100", null);
        LocalDateTime soon = LocalDateTime.now(BEIJING).plusMinutes(25).truncatedTo(ChronoUnit.MINUTES);
        String id = schedule("并发提醒测试会", room, List.of("zhou.jiu"), soon.toString(), soon.plusHours(1).toString())
                .json().get("id").asString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return reminders.remind();
                }));
            }
            start.countDown();
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reminderRows(id)).containsExactlyInAnyOrder("EMAIL", "PORTAL");
    }

    private List<String> reminderRows(String conferenceId) {
        return jdbc.sql("select channel from notification where conference_id = cast(:id as uuid) "
                        + "and kind = 'REMINDER'")
                .param("id", conferenceId).query(String.class).list();
    }
}
