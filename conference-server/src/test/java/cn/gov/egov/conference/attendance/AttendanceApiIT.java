package cn.gov.egov.conference.attendance;

import static cn.gov.egov.conference.attendance.Sheets.rowOf;
import static cn.gov.egov.conference.attendance.Sheets.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.conference.ConferenceServerTest;
import cn.gov.egov.conference.conference.OccurrenceLifecycleJob;
import cn.gov.egov.platform.testing.MutableClock;

/**
 * Attendance on a real PostgreSQL: a conference scheduled through the API, sessions recorded through
 * {@link AttendanceRecorder} while the server's clock is moved through the meeting, then the JSON report, the Excel
 * export read back with POI, its audit entry, and who may see it. The lifecycle job only runs when called.
 */
@ConferenceServerTest
@TestPropertySource(properties = "conference.schedule.tick=PT24H")
class AttendanceApiIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @TestConfiguration
    static class MovableTime {
        @Bean
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    AttendanceRecorder recorder;
    @Autowired
    OccurrenceLifecycleJob lifecycle;
    @Autowired
    JdbcClient jdbc;

    private ApiClient api;
    private ApiClient kunming;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        api = new ApiClient(port, null, clock);
        kunming = api.as("km-admin", "REGION_ADMIN", "530100");
    }

    /** A scheduled conference and its one occurrence. */
    private record Meeting(String id, String occurrenceId, Instant start, Map<String, String> rooms) {
        String path() {
            return attendancePath(id, occurrenceId);
        }

        UUID conference() {
            return UUID.fromString(id);
        }

        UUID occurrence() {
            return UUID.fromString(occurrenceId);
        }

        Instant at(int minutesFromStart) {
            return start.plus(Duration.ofMinutes(minutesFromStart));
        }
    }

    private String room(String region, String name) {
        var r = kunming.post("/api/v1/rooms", ApiClient.room(region, name + System.nanoTime()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** 09:00–11:00 Beijing time, {@code days} from today, with three rooms and two invited users. */
    private Meeting schedule(String title, int days) {
        Map<String, String> rooms = new HashMap<>();
        rooms.put("main", room("530100", "市主会场"));
        rooms.put("wuhua", room("530102", "五华分会场"));
        rooms.put("panlong", room("530103", "盘龙分会场"));
        LocalDate day = LocalDate.now(BEIJING).plusDays(days);
        Map<String, Object> body = ApiClient.conference(title, "530100", rooms.get("main"),
                List.of(rooms.get("main"), rooms.get("wuhua"), rooms.get("panlong")), day + "T09:00",
                day + "T11:00");
        body.put("invitees", List.of("att.zhang", "att.li"));
        body.put("inviteeContacts", List.of(Map.of("username", "att.li", "displayName", "李四")));
        var created = kunming.post("/api/v1/conferences", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        JsonNode occurrence = kunming.get("/api/v1/conferences/" + id + "/occurrences").json().get(0);
        return new Meeting(id, occurrence.get("id").asString(), day.atTime(9, 0).atZone(BEIJING).toInstant(),
                rooms);
    }

    private long join(Meeting m, int minute, AttendeeIdentity who, String participant) {
        clock.set(m.at(minute));
        return recorder.joined(m.occurrence(), m.conference(), who, participant);
    }

    private void leave(Meeting m, int minute, long session, LeaveReason reason) {
        clock.set(m.at(minute));
        assertThat(recorder.left(session, reason)).isTrue();
    }

    private static JsonNode attendee(JsonNode report, String displayName) {
        for (JsonNode a : report.get("attendees")) {
            if (a.get("displayName").asString().startsWith(displayName)) {
                return a;
            }
        }
        throw new AssertionError("no attendee " + displayName + " in " + report);
    }

    @Test
    void sessionsAddUpToAReportAndAnExcelExport() throws Exception {
        Meeting m = schedule("全省安全生产视频会议" + System.nanoTime(), 2);
        AttendeeIdentity main = AttendeeIdentity.room(UUID.fromString(m.rooms().get("main")), "市主会场", "530100");
        AttendeeIdentity wuhua = AttendeeIdentity.room(UUID.fromString(m.rooms().get("wuhua")), "五华分会场", "530102");

        clock.set(m.at(-14));
        lifecycle.advance();
        long mainSession = join(m, -10, main, "a1b2c3d4");
        assertThat(join(m, -9, main, "A1B2C3D4")).as("a repeated join answers the open session").isEqualTo(mainSession);
        long zhang = join(m, 2, AttendeeIdentity.desktop("att.zhang", "张三", "530102"), "00000001");
        long wuhua1 = join(m, 12, wuhua, "0000000a");
        long guest = join(m, 20, AttendeeIdentity.desktop("att.guest", "列席人员", "530100"), "00000002");
        leave(m, 25, guest, LeaveReason.LEFT);
        leave(m, 30, wuhua1, LeaveReason.DISCONNECTED);
        join(m, 33, wuhua, "0000000b");
        leave(m, 90, zhang, LeaveReason.LEFT);
        assertThat(recorder.left(zhang, LeaveReason.REMOVED)).as("closing twice changes nothing").isFalse();

        clock.set(m.at(100));
        var live = kunming.get(m.path());
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        JsonNode r = live.json();
        assertThat(r.get("state").asString()).isEqualTo("LIVE");
        assertThat(r.get("complete").asBoolean()).isFalse();
        assertThat(r.get("sessions")).hasSize(5);
        JsonNode counts = r.get("counts");
        assertThat(List.of(counts.get("invited").asInt(), counts.get("onTime").asInt(), counts.get("late").asInt(),
                counts.get("absent").asInt(), counts.get("uninvited").asInt())).containsExactly(5, 2, 2, 2, 1);
        JsonNode mainLine = attendee(r, "市主会场");
        assertThat(mainLine.get("status").asString()).isEqualTo("ON_TIME");
        assertThat(mainLine.get("online").asBoolean()).isTrue();
        assertThat(mainLine.get("lastLeave").isNull()).isTrue();
        assertThat(mainLine.get("connectedMinutes").asLong()).isEqualTo(110);
        JsonNode wuhuaLine = attendee(r, "五华分会场");
        assertThat(wuhuaLine.get("status").asString()).isEqualTo("LATE");
        assertThat(wuhuaLine.get("sessions").asInt()).isEqualTo(2);
        assertThat(wuhuaLine.get("connectedMinutes").asLong()).isEqualTo(18 + 67);
        assertThat(wuhuaLine.get("regionName").asString()).isEqualTo("五华区");
        JsonNode zhangLine = attendee(r, "张三");
        assertThat(zhangLine.get("statusLabel").asString()).isEqualTo("准时");
        assertThat(zhangLine.get("lastLeave").asString()).isEqualTo(m.at(90).toString());
        assertThat(zhangLine.get("connectedMinutes").asLong()).isEqualTo(88);
        assertThat(attendee(r, "盘龙分会场").get("status").asString()).isEqualTo("ABSENT");
        assertThat(attendee(r, "李四").get("sessions").asInt()).isZero();
        assertThat(attendee(r, "列席人员").get("invited").asBoolean()).isFalse();

        leave(m, 120, mainSession, LeaveReason.LEFT);
        clock.set(m.at(130));
        lifecycle.advance();
        var download = kunming.download(m.path() + ".xlsx");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(download.contentDisposition()).contains("attachment").contains("filename*=UTF-8''");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet summary = book.getSheet(AttendanceWorkbook.SUMMARY_SHEET);
            assertThat(texts(summary.getRow(0))).startsWith("参会方", "类型", "所属地区", "首次入会", "最后离会",
                    "在线时长(分钟)", "入会次数", "状态");
            assertThat(summary.getLastRowNum()).isEqualTo(6);
            Row mainRow = rowOf(summary, "市主会场");
            assertThat(texts(mainRow).subList(1, 3)).containsExactly("会议室", "昆明市");
            assertThat(List.of(mainRow.getCell(3).getLocalDateTimeCellValue(),
                    mainRow.getCell(4).getLocalDateTimeCellValue())).as("wall-clock times in Beijing").containsExactly(
                    LocalDateTime.ofInstant(m.at(-10), BEIJING), LocalDateTime.ofInstant(m.at(120), BEIJING));
            assertThat(mainRow.getCell(5).getNumericCellValue()).isEqualTo(130);
            assertThat(mainRow.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(mainRow.getCell(7).getStringCellValue()).isEqualTo("准时");
            Row wuhuaRow = rowOf(summary, "五华分会场");
            assertThat(wuhuaRow.getCell(5).getNumericCellValue()).as("the open session closed when it ended")
                    .isEqualTo(18 + 97);
            assertThat(wuhuaRow.getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(wuhuaRow.getCell(7).getStringCellValue()).isEqualTo("迟到");
            Row panlong = rowOf(summary, "盘龙分会场");
            assertThat(texts(panlong).subList(1, 8)).containsExactly("会议室", "盘龙区", "", "", "0", "0", "缺席");
            Row li = rowOf(summary, "李四");
            assertThat(li.getCell(1).getStringCellValue()).isEqualTo("桌面端");
            assertThat(li.getCell(7).getStringCellValue()).isEqualTo("缺席");
            assertThat(rowOf(summary, "列席人员").getCell(8).getStringCellValue()).isEqualTo("未受邀");

            Sheet sessions = book.getSheet(AttendanceWorkbook.SESSIONS_SHEET);
            assertThat(sessions.getLastRowNum()).isEqualTo(5);
            Row lastWuhua = sessions.getRow(sessions.getLastRowNum());
            assertThat(texts(lastWuhua)).contains("0000000b", "会议结束");
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'ATTENDANCE_EXPORT' and actor = 'km-admin'
                  and target_id = :occurrence and outcome = 'OK'""")
                .param("occurrence", m.occurrenceId()).query(Long.class).single()).isEqualTo(1);
        var after = kunming.get(m.path()).json();
        assertThat(after.get("state").asString()).isEqualTo("ENDED");
        assertThat(after.get("complete").asBoolean()).isTrue();
    }

    @Test
    void onlyTheOrganiserAndAdministratorsWhoSeeTheConferenceSeeItsAttendance() {
        Meeting m = schedule("权限测试会议" + System.nanoTime(), 2);
        assertThat(api.as("wh-admin", "REGION_ADMIN", "530102").get(m.path()).status())
                .as("an administrator of a participating room's region").isEqualTo(200);
        assertThat(api.as("sys", "SYSTEM_ADMIN", "530000").download(m.path() + ".xlsx").status()).isEqualTo(200);
        for (ApiClient refused : List.of(api.as("dl-learner", "LEARNER", "532900"),
                api.as("dl-admin", "REGION_ADMIN", "532900"), api.as("att.li", "LEARNER", "530100"))) {
            var json = refused.get(m.path());
            assertThat(json.status()).as(json.body()).isEqualTo(403);
            assertThat(json.code()).isEqualTo("forbidden");
            assertThat(refused.download(m.path() + ".xlsx").status()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ATTENDANCE_EXPORT' and target_id = :o")
                .param("o", m.occurrenceId()).query(Long.class).single()).as("refused exports are no exports")
                .isEqualTo(1);
    }

    @Test
    void unknownConferencesAndOccurrencesOfOtherConferencesAreNotFound() {
        Meeting m = schedule("查无此会" + System.nanoTime(), 2);
        Meeting other = schedule("另一个会议" + System.nanoTime(), 2);
        for (String path : List.of(attendancePath(UUID.randomUUID(), m.occurrenceId()),
                attendancePath(m.id(), UUID.randomUUID()), attendancePath(m.id(), other.occurrenceId()))) {
            var r = kunming.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.code()).isEqualTo("not-found");
            assertThat(kunming.download(path + ".xlsx").status()).isEqualTo(404);
        }
        assertThatThrownBy(() -> recorder.joined(other.occurrence(), m.conference(),
                AttendeeIdentity.desktop("att.zhang", "张三", "530102"), "00000003"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recorder.joined(m.occurrence(), m.conference(),
                AttendeeIdentity.desktop("att.zhang", "张三", "530102"), "not-hex!"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingAfterACrashStampsWhatIsKnown() {
        Meeting m = schedule("断线恢复会议" + System.nanoTime(), 2);
        AttendeeIdentity main = AttendeeIdentity.room(UUID.fromString(m.rooms().get("main")), "市主会场", "530100");
        AttendeeIdentity wuhua = AttendeeIdentity.room(UUID.fromString(m.rooms().get("wuhua")), "五华分会场", "530102");
        long first = join(m, 0, main, "0000c001");
        clock.set(m.at(40));
        assertThat(recorder.closeOpen(m.occurrence(), LeaveReason.DISCONNECTED)).as("the focus restarted")
                .isEqualTo(1);
        long second = join(m, 41, main, "0000c002");
        long late = join(m, 50, wuhua, "0000c003");
        clock.set(m.at(200));
        assertThat(recorder.closeStale(m.at(121))).isGreaterThanOrEqualTo(2);
        Map<Long, List<Object>> closed = new HashMap<>();
        jdbc.sql("select id, left_at, leave_reason from attendance where occurrence_id = :o").param("o", m.occurrence())
                .query((rs, i) -> closed.put(rs.getLong("id"),
                        List.of(rs.getTimestamp("left_at").toInstant(), rs.getString("leave_reason"))))
                .list();
        assertThat(closed.get(first)).containsExactly(m.at(40), "DISCONNECTED");
        assertThat(closed.get(second)).containsExactly(m.at(120), "ENDED");
        assertThat(closed.get(late)).containsExactly(m.at(120), "ENDED");
    }

    private static String attendancePath(Object conference, Object occurrence) {
        return "/api/v1/conferences/" + conference + "/occurrences/" + occurrence + "/attendance";
    }
}
