package cn.gov.egov.conference.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.conference.ConferenceServerTest;

/** Scheduling through the REST API on a real PostgreSQL: rules, conflicts, races, calendar, cancel, audit. */
@ConferenceServerTest
class ConferenceApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private ApiClient kunming;
    private final String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
    private final AtomicInteger names = new AtomicInteger();

    @BeforeEach
    void setUp() {
        kunming = new ApiClient(port, null).as("km-admin", "REGION_ADMIN", "530100");
    }

    private String newRoom(String region) {
        var r = kunming.post("/api/v1/rooms", ApiClient.room(region, "会议室" + System.nanoTime() + names.incrementAndGet()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private Map<String, Object> meeting(String title, String main, List<String> rooms, String from, String to) {
        return ApiClient.conference(title, "530100", main, rooms, day + "T" + from, day + "T" + to);
    }

    @Test
    void overlappingBookingIsRefusedNamingConferenceAndRoom() {
        String a = newRoom("530100");
        String b = newRoom("530102");
        var first = kunming.post("/api/v1/conferences", meeting("全市安全生产会议", a, List.of(a, b), "09:00", "11:00"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.etag()).isEqualTo("\"0\"");

        var clash = kunming.post("/api/v1/conferences", meeting("防汛调度会", b, List.of(b), "10:30", "12:00"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("booking-conflict");
        assertThat(clash.json().get("conflict").get("conferenceTitle").asString()).isEqualTo("全市安全生产会议");
        assertThat(clash.json().get("conflict").get("roomId").asString()).isEqualTo(b);

        var check = kunming.post("/api/v1/conferences/check", meeting("防汛调度会", b, List.of(b), "10:30", "12:00"));
        assertThat(check.json().get("conflict").get("conferenceTitle").asString()).isEqualTo("全市安全生产会议");
        var adjacent = kunming.post("/api/v1/conferences", meeting("防汛调度会", b, List.of(b), "11:00", "12:00"));
        assertThat(adjacent.status()).as("back-to-back is not an overlap").isEqualTo(201);
    }

    @Test
    void recurringSeriesConflictsWithALaterSingleMeeting() {
        String room = newRoom("530100");
        Map<String, Object> weekly = meeting("每周例会", room, List.of(room), "14:00", "15:00");
        weekly.put("rrule", "FREQ=WEEKLY;COUNT=10");
        assertThat(kunming.post("/api/v1/conferences", weekly).status()).isEqualTo(201);
        String fourthWeek = LocalDate.parse(day).plusWeeks(3).toString();
        var clash = kunming.post("/api/v1/conferences", ApiClient.conference("临时会议", "530100", room,
                List.of(room), fourthWeek + "T14:30", fourthWeek + "T16:00"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("conflict").get("conferenceTitle").asString()).isEqualTo("每周例会");
    }

    @Test
    void concurrentSchedulersCannotDoubleBookARoom() throws Exception {
        String room = newRoom("530100");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            Callable<Integer> call = () -> kunming.post("/api/v1/conferences",
                    meeting("并发会议" + n, room, List.of(room), "16:00", "17:00")).status();
            results.add(pool.submit(call));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(jdbc.sql("select count(*) from room_booking where room_id = cast(:r as uuid)").param("r", room)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyBadInputGetsACodeAndNothingIsSaved() {
        String room = newRoom("530100");
        String dali = new ApiClient(port, null).as("sys", "SYSTEM_ADMIN", "530000")
                .post("/api/v1/rooms", ApiClient.room("532900", "大理测试室" + System.nanoTime())).json().get("id")
                .asString();
        long before = jdbc.sql("select count(*) from conference").query(Long.class).single();
        assertCode(meeting("会", room, List.of(room), "10:00", "09:00"), "invalid-input", "end.before-start");
        assertCode(meeting("会", room, List.of(room), "10:00", "10:00"), "invalid-input", "duration.zero");
        var longOne = ApiClient.conference("会", "530100", room, List.of(room), day + "T10:00",
                LocalDate.parse(day).plusDays(1) + "T11:00");
        assertCode(longOne, "invalid-input", "duration.too-long");
        assertCode(ApiClient.conference("会", "530100", room, List.of(room), "2020-01-01T10:00", "2020-01-01T11:00"),
                "invalid-input", "start.past");
        assertCode(meeting("会", room, List.of(room, java.util.UUID.randomUUID().toString()), "10:00", "11:00"),
                "invalid-input", "room.unknown");
        assertCode(meeting("会", room, List.of(room, dali), "10:00", "11:00"), "invalid-input", "room.outside-region");
        assertCode(meeting("会", dali, List.of(room), "10:00", "11:00"), "invalid-input", "main-room.not-participant");
        assertCode(meeting("会".repeat(101), room, List.of(room), "10:00", "11:00"), "invalid-input", "title.too-long");
        assertCode(meeting("  ", room, List.of(room), "10:00", "11:00"), "invalid-input", "title.required");
        Map<String, Object> bad = meeting("会", room, List.of(room), "10:00", "11:00");
        bad.put("rrule", "FREQ=WEEKLY;BYDAY=XX");
        assertCode(bad, "invalid-input", "rrule.malformed");
        bad.put("rrule", "FREQ=DAILY;COUNT=600");
        assertCode(bad, "invalid-input", "rrule.too-many");
        Map<String, Object> contacts = meeting("会", room, List.of(room), "10:00", "11:00");
        contacts.put("invitees", List.of("contact.check"));
        contacts.put("inviteeContacts", List.of(Map.of("username", "contact.other", "email", "contact.other@km.gov.cn")));
        assertCode(contacts, "invalid-input", "invitee-contact.not-invited");
        contacts.put("inviteeContacts", List.of(Map.of("username", "contact.check", "email", "contact.check@")));
        assertCode(contacts, "invalid-input", "invitee-contact.email-malformed");
        contacts.put("inviteeContacts", List.of(Map.of("username", "contact.check", "mobile", "0871-1234567")));
        assertCode(contacts, "invalid-input", "invitee-contact.mobile-malformed");
        contacts.put("inviteeContacts", List.of(Map.of("username", "contact.check", "displayName", "张".repeat(101))));
        assertCode(contacts, "invalid-input", "invitee-contact.name-too-long");
        var junk = kunming.post("/api/v1/conferences", "{\"title\": ");
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.code()).isEqualTo("malformed-request");
        assertThat(jdbc.sql("select count(*) from conference").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from user_contact where username in ('contact.check', 'contact.other')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRefusedRequestLeavesInviteesContactsAlone() {
        String dali = new ApiClient(port, null).as("sys", "SYSTEM_ADMIN", "530000")
                .post("/api/v1/rooms", ApiClient.room("532900", "大理拒绝室" + System.nanoTime())).json().get("id")
                .asString();
        Map<String, Object> body = ApiClient.conference("越权会", "532900", dali, List.of(dali), day + "T10:00",
                day + "T11:00");
        body.put("invitees", List.of("victim"));
        body.put("inviteeContacts", List.of(Map.of("username", "victim", "email", "attacker@evil.example")));
        var r = kunming.post("/api/v1/conferences", body);
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from user_contact where username = 'victim'").query(Long.class)
                .single()).isZero();
    }

    private void assertCode(Map<String, Object> body, String code, String fieldCode) {
        var r = kunming.post("/api/v1/conferences", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(code);
        List<String> codes = new ArrayList<>();
        r.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).contains(fieldCode);
    }

    @Test
    void updateNeedsTheCurrentVersionAndCancelFreesTheRoom() {
        String room = newRoom("530100");
        var created = kunming.post("/api/v1/conferences", meeting("专题培训", room, List.of(room), "08:00", "09:00"));
        String id = created.json().get("id").asString();
        Map<String, Object> moved = meeting("专题培训（改期）", room, List.of(room), "08:30", "09:30");

        assertThat(kunming.put("/api/v1/conferences/" + id, moved, null).status()).isEqualTo(428);
        var updated = kunming.put("/api/v1/conferences/" + id, moved, created.etag());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"1\"");
        var stale = kunming.put("/api/v1/conferences/" + id, moved, created.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("stale-version");

        var cancelled = kunming.send("POST", "/api/v1/conferences/" + id + "/cancel", null, updated.etag());
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelled").asBoolean()).isTrue();
        assertThat(kunming.post("/api/v1/conferences", meeting("新会议", room, List.of(room), "08:00", "10:00"))
                .status()).isEqualTo(201);
        var occurrences = kunming.get("/api/v1/conferences/" + id + "/occurrences");
        assertThat(occurrences.json().get(0).get("state").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void calendarShowsTheWeekOfTheRegion() {
        String room = newRoom("530102");
        kunming.post("/api/v1/conferences", meeting("五华区工作会", room, List.of(room), "19:00", "20:00"));
        String from = LocalDate.parse(day).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toString();
        String to = LocalDate.parse(day).plusDays(7).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toString();
        var week = kunming.get("/api/v1/calendar?region=530102&from=" + from + "&to=" + to);
        assertThat(week.status()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        week.json().forEach(e -> titles.add(e.get("title").asString()));
        assertThat(titles).contains("五华区工作会");
        var tooWide = kunming.get("/api/v1/calendar?region=530100&from=" + from + "&to="
                + LocalDate.parse(day).plusDays(90).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(tooWide.status()).isEqualTo(400);
    }

    @Test
    void everyChangeIsAudited() {
        String room = newRoom("530100");
        kunming.post("/api/v1/conferences", meeting("审计测试会", room, List.of(room), "20:00", "21:00"));
        var log = kunming.get("/api/v1/audit?region=530100&actor=km-admin&action=CONFERENCE");
        assertThat(log.status()).isEqualTo(200);
        List<String> summaries = new ArrayList<>();
        log.json().forEach(e -> summaries.add(e.get("summary").asString() + "|" + e.get("clientAddress").asString()));
        assertThat(summaries).anyMatch(s -> s.contains("title=审计测试会") && s.endsWith("|10.0.0.7"));
    }
}
