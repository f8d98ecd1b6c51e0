package cn.gov.egov.conference.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.egov.conference.ApiClient;
import cn.gov.egov.conference.ConferenceServerTest;

/**
 * Tiered management, cell by cell: every role, from the target region itself, an ancestor, a descendant and an
 * unrelated region, against every mutating endpoint. Forbidden cells answer 403 and change nothing; allowed cells
 * succeed. The target is Kunming (530100).
 */
@ConferenceServerTest
class AuthorityMatrixIT {

    static final String TARGET = "530100";

    enum Position {
        OWN(TARGET), ANCESTOR("530000"), DESCENDANT("530102"), OTHER("532900");

        final String region;

        Position(String region) {
            this.region = region;
        }
    }

    enum Endpoint { CREATE_ROOM, UPDATE_ROOM, ISSUE_TOKEN, REVOKE_TOKEN, SCHEDULE, RESCHEDULE, CANCEL }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static int cell;
    private final String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (String role : List.of("LEARNER", "COURSE_ADMIN", "REGION_ADMIN", "SYSTEM_ADMIN")) {
            for (Position p : Position.values()) {
                for (Endpoint e : Endpoint.values()) {
                    cells.add(Arguments.of(role, p, e));
                }
            }
        }
        return cells.stream();
    }

    private record Fixture(String roomId, String roomEtag, String conferenceId, String conferenceEtag) {
    }

    private Fixture fixture() {
        ApiClient sys = new ApiClient(port, null).as("fixture-sys", "SYSTEM_ADMIN", "530000");
        var room = sys.post("/api/v1/rooms", ApiClient.room(TARGET, "矩阵会议室" + System.nanoTime()));
        String roomId = room.json().get("id").asString();
        sys.post("/api/v1/rooms/" + roomId + "/terminal-token", null);
        var conf = sys.post("/api/v1/conferences", ApiClient.conference("矩阵会议" + System.nanoTime(), TARGET, roomId,
                List.of(roomId), day + "T09:00", day + "T10:00"));
        assertThat(conf.status()).as(conf.body()).isEqualTo(201);
        return new Fixture(roomId, sys.get("/api/v1/rooms/" + roomId).etag(), conf.json().get("id").asString(),
                conf.etag());
    }

    /** Everything an endpoint could change, as one comparable value. */
    private Map<String, Object> snapshot(Fixture f, String marker) {
        return jdbc.sql("""
                select (select row(version, name, capacity, encode(terminal_token_hash, 'hex'))::text
                          from meeting_room where id = cast(:room as uuid)) as room,
                       (select row(version, cancelled, title, first_start)::text
                          from conference where id = cast(:conf as uuid)) as conf,
                       (select count(*) from meeting_room where name = :marker) as new_rooms,
                       (select count(*) from conference where title = :marker) as new_conferences,
                       (select count(*) from room_booking where room_id = cast(:room as uuid)) as bookings
                """)
                .param("room", f.roomId()).param("conf", f.conferenceId()).param("marker", marker)
                .query().singleRow();
    }

    private ApiClient.Reply call(ApiClient api, Endpoint e, Fixture f, String marker) {
        String slot = (10 + (cell % 12)) + ":00";
        String slotEnd = (10 + (cell % 12)) + ":30";
        return switch (e) {
            case CREATE_ROOM -> api.post("/api/v1/rooms", ApiClient.room(TARGET, marker));
            case UPDATE_ROOM -> api.put("/api/v1/rooms/" + f.roomId(), ApiClient.room(TARGET, marker), f.roomEtag());
            case ISSUE_TOKEN -> api.post("/api/v1/rooms/" + f.roomId() + "/terminal-token", null);
            case REVOKE_TOKEN -> api.delete("/api/v1/rooms/" + f.roomId() + "/terminal-token");
            case SCHEDULE -> api.post("/api/v1/conferences", ApiClient.conference(marker, TARGET, f.roomId(),
                    List.of(f.roomId()), day + "T" + slot, day + "T" + slotEnd));
            case RESCHEDULE -> api.put("/api/v1/conferences/" + f.conferenceId(), ApiClient.conference(marker,
                    TARGET, f.roomId(), List.of(f.roomId()), day + "T" + slot, day + "T" + slotEnd),
                    f.conferenceEtag());
            case CANCEL -> api.send("POST", "/api/v1/conferences/" + f.conferenceId() + "/cancel", null,
                    f.conferenceEtag());
        };
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @MethodSource("matrix")
    void onlyAdministratorsOfTheRegionOrAboveMayChangeIt(String role, Position position, Endpoint endpoint) {
        cell++;
        Fixture f = fixture();
        String marker = "矩阵" + role + position + endpoint + System.nanoTime();
        Map<String, Object> before = snapshot(f, marker);
        long deniedBefore = jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'").query(Long.class)
                .single();

        ApiClient api = new ApiClient(port, null).as("matrix-user", role, position.region);
        var reply = call(api, endpoint, f, marker);

        boolean allowed = (role.equals("REGION_ADMIN") || role.equals("SYSTEM_ADMIN"))
                && (position == Position.OWN || position == Position.ANCESTOR);
        if (allowed) {
            assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
            assertThat(snapshot(f, marker)).isNotEqualTo(before);
        } else {
            assertThat(reply.status()).as(reply.body()).isEqualTo(403);
            assertThat(snapshot(f, marker)).isEqualTo(before);
            assertThat(jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'").query(Long.class)
                    .single()).as("the refusal is audited").isEqualTo(deniedBefore + 1);
        }
    }

    @Test
    void anAdministratorCannotMoveARoomOutOfTheirRegion() {
        Fixture f = fixture();
        Map<String, Object> before = snapshot(f, "none");
        ApiClient kunming = new ApiClient(port, null).as("km", "REGION_ADMIN", TARGET);
        var moved = kunming.put("/api/v1/rooms/" + f.roomId(), ApiClient.room("532900", "搬走的会议室"), f.roomEtag());
        assertThat(moved.status()).isEqualTo(403);
        assertThat(snapshot(f, "none")).isEqualTo(before);
    }

    @Test
    void readsAreScopedToo() {
        ApiClient dali = new ApiClient(port, null).as("dali", "REGION_ADMIN", "532900");
        assertThat(dali.get("/api/v1/rooms?region=" + TARGET).status()).isEqualTo(403);
        assertThat(dali.get("/api/v1/audit?region=" + TARGET).status()).isEqualTo(403);
        Fixture f = fixture();
        assertThat(dali.get("/api/v1/conferences/" + f.conferenceId()).status()).isEqualTo(403);
        assertThat(dali.get("/api/v1/rooms/" + f.roomId()).status()).isEqualTo(403);
    }
}
