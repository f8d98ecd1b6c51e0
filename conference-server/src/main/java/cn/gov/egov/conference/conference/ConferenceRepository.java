package cn.gov.egov.conference.conference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conferences, their rooms, invitees, occurrences and room bookings. */
@Repository
public class ConferenceRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ConferenceRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void insert(Conference c) {
        jdbc.sql("""
                insert into conference (id, title, kind, organiser_region, main_room_id, first_start, first_end,
                    time_zone, rrule, exdates, description, cancelled, created_by)
                values (:id, :title, :kind, :region, :main, :start, :end, :zone, :rrule, :exdates, :description,
                    false, :createdBy)
                """)
                .params(common(c)).param("createdBy", c.createdBy())
                .update();
        insertMembers(c);
    }

    /** Replaces the conference's fields and members if its version is still {@code expected}. */
    public boolean update(Conference c, long expected) {
        int n = jdbc.sql("""
                update conference set title = :title, kind = :kind, organiser_region = :region, main_room_id = :main,
                    first_start = :start, first_end = :end, time_zone = :zone, rrule = :rrule, exdates = :exdates,
                    description = :description, version = version + 1, updated_at = now()
                where id = :id and version = :version and not cancelled
                """)
                .params(common(c)).param("version", expected)
                .update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from conference_room where conference_id = :id").param("id", c.id()).update();
        jdbc.sql("delete from conference_invitee where conference_id = :id").param("id", c.id()).update();
        jdbc.sql("delete from occurrence where conference_id = :id").param("id", c.id()).update();
        insertMembers(c);
        return true;
    }

    private static java.util.Map<String, Object> common(Conference c) {
        var m = new java.util.HashMap<String, Object>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("kind", c.kind().name());
        m.put("region", c.organiserRegion());
        m.put("main", c.mainRoomId());
        m.put("start", Timestamp.from(c.firstStart()));
        m.put("end", Timestamp.from(c.firstEnd()));
        m.put("zone", c.timeZone());
        m.put("rrule", c.rrule());
        m.put("exdates", c.exceptions().isEmpty() ? null
                : c.exceptions().stream().map(LocalDateTime::toString).collect(Collectors.joining(",")));
        m.put("description", c.description());
        return m;
    }

    private void insertMembers(Conference c) {
        template.batchUpdate("insert into conference_room (conference_id, room_id) values (?, ?)",
                List.copyOf(c.roomIds()), 500, (ps, room) -> {
                    ps.setObject(1, c.id());
                    ps.setObject(2, room);
                });
        template.batchUpdate("insert into conference_invitee (conference_id, username) values (?, ?)",
                List.copyOf(c.invitees()), 500, (ps, user) -> {
                    ps.setObject(1, c.id());
                    ps.setString(2, user);
                });
    }

    /** Inserts the occurrences and one booking per room and occurrence; the exclusion constraint may refuse. */
    public List<Occurrence> insertOccurrences(UUID conferenceId, Set<UUID> rooms, List<ConferenceRules.Slot> slots,
                                              OccurrenceStateFunction state) {
        List<Occurrence> occurrences = new ArrayList<>(slots.size());
        for (ConferenceRules.Slot s : slots) {
            occurrences.add(new Occurrence(UUID.randomUUID(), conferenceId, s.seq(), s.start(), s.end(),
                    state.at(s.start(), s.end())));
        }
        template.batchUpdate("insert into occurrence (id, conference_id, seq, starts_at, ends_at, state) "
                        + "values (?, ?, ?, ?, ?, ?)", occurrences, 500, (ps, o) -> {
                    ps.setObject(1, o.id());
                    ps.setObject(2, conferenceId);
                    ps.setInt(3, o.seq());
                    ps.setTimestamp(4, Timestamp.from(o.start()));
                    ps.setTimestamp(5, Timestamp.from(o.end()));
                    ps.setString(6, o.state().name());
                });
        List<Object[]> bookings = new ArrayList<>(occurrences.size() * rooms.size());
        for (Occurrence o : occurrences) {
            for (UUID room : rooms) {
                bookings.add(new Object[] {room, o.id(), conferenceId, Timestamp.from(o.start()),
                        Timestamp.from(o.end())});
            }
        }
        template.batchUpdate("insert into room_booking (room_id, occurrence_id, conference_id, during) "
                + "values (?, ?, ?, tstzrange(?, ?, '[)'))", bookings);
        return occurrences;
    }

    /** Computes an occurrence's state from its interval (the lifecycle rule with the current clock). */
    @FunctionalInterface
    public interface OccurrenceStateFunction {
        OccurrenceState at(Instant start, Instant end);
    }

    /** The first booking of another conference that overlaps any of the slots in any of the rooms. */
    public Optional<BookingConflict> findConflict(UUID self, Set<UUID> rooms, List<ConferenceRules.Slot> slots) {
        if (rooms.isEmpty() || slots.isEmpty()) {
            return Optional.empty();
        }
        String[] starts = slots.stream().map(s -> s.start().toString()).toArray(String[]::new);
        String[] ends = slots.stream().map(s -> s.end().toString()).toArray(String[]::new);
        return jdbc.sql("""
                select b.room_id, r.name as room_name, c.id as conference_id, c.title, lower(b.during) as s,
                       upper(b.during) as e
                from room_booking b
                join unnest(cast(cast(:starts as text[]) as timestamptz[]),
                            cast(cast(:ends as text[]) as timestamptz[])) as slot(st, en)
                  on b.during && tstzrange(slot.st, slot.en, '[)')
                join conference c on c.id = b.conference_id
                join meeting_room r on r.id = b.room_id
                where b.room_id in (:rooms) and b.conference_id <> :self
                order by lower(b.during)
                limit 1
                """)
                .param("starts", starts).param("ends", ends).param("rooms", rooms)
                .param("self", self == null ? new UUID(0, 0) : self)
                .query((rs, i) -> new BookingConflict(rs.getObject("room_id", UUID.class), rs.getString("room_name"),
                        rs.getObject("conference_id", UUID.class), rs.getString("title"),
                        rs.getTimestamp("s").toInstant(), rs.getTimestamp("e").toInstant()))
                .optional();
    }

    public Optional<Conference> find(UUID id) {
        // the row first, then its rooms and invitees: queries nested in a row mapper would hold two connections at
        // once, and many joins at once would then exhaust the pool (found by FocusBench)
        return jdbc.sql("select * from conference where id = :id").param("id", id).query(ConferenceRepository::row)
                .optional().map(this::complete);
    }

    public List<Occurrence> occurrences(UUID conferenceId) {
        return jdbc.sql("select * from occurrence where conference_id = :id order by seq").param("id", conferenceId)
                .query(ConferenceRepository::mapOccurrence).list();
    }

    public void cancel(UUID id) {
        jdbc.sql("update conference set cancelled = true, version = version + 1, updated_at = now() where id = :id")
                .param("id", id).update();
        jdbc.sql("update occurrence set state = 'CANCELLED' where conference_id = :id and state <> 'ENDED'")
                .param("id", id).update();
        jdbc.sql("delete from room_booking where conference_id = :id").param("id", id).update();
    }

    /** Occurrences in [from, to) of conferences organised in, or using a room in, the region subtree. */
    public List<CalendarEntry> calendar(String regionPrefix, Instant from, Instant to) {
        return jdbc.sql("""
                select o.id as occurrence_id, o.seq, o.starts_at, o.ends_at, o.state, c.id, c.title, c.kind,
                       c.organiser_region, c.main_room_id
                from occurrence o join conference c on c.id = o.conference_id
                where o.starts_at < :to and o.ends_at > :from
                  and (c.organiser_region like :prefix
                       or exists (select 1 from conference_room cr join meeting_room r on r.id = cr.room_id
                                  where cr.conference_id = c.id and r.region_code like :prefix))
                order by o.starts_at, c.title
                limit 2000
                """)
                .param("prefix", regionPrefix + "%").param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, i) -> new CalendarEntry(rs.getObject("occurrence_id", UUID.class),
                        rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("title"),
                        ConferenceKind.valueOf(rs.getString("kind")), rs.getString("organiser_region"),
                        rs.getObject("main_room_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), OccurrenceState.valueOf(rs.getString("state"))))
                .list();
    }

    /**
     * Coming and running occurrences (ending after {@code after}, starting before {@code before}) of conferences the
     * user is invited to or organised, soonest first, at most 50.
     */
    public List<CalendarEntry> ofUser(String username, Instant after, Instant before) {
        return jdbc.sql("""
                select o.id as occurrence_id, o.seq, o.starts_at, o.ends_at, o.state, c.id, c.title, c.kind,
                       c.organiser_region, c.main_room_id
                from occurrence o join conference c on c.id = o.conference_id
                where o.ends_at > :after and o.starts_at < :before and not c.cancelled and o.state <> 'CANCELLED'
                  and (c.created_by = :user
                       or exists (select 1 from conference_invitee i where i.conference_id = c.id
                                  and i.username = :user))
                order by o.starts_at, c.title
                limit 50
                """)
                .param("user", username).param("after", Timestamp.from(after)).param("before", Timestamp.from(before))
                .query((rs, i) -> new CalendarEntry(rs.getObject("occurrence_id", UUID.class),
                        rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("title"),
                        ConferenceKind.valueOf(rs.getString("kind")), rs.getString("organiser_region"),
                        rs.getObject("main_room_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), OccurrenceState.valueOf(rs.getString("state"))))
                .list();
    }

    /** One line of the calendar. */
    public record CalendarEntry(UUID occurrenceId, UUID conferenceId, int seq, String title, ConferenceKind kind,
                                String organiserRegion, UUID mainRoomId, Instant start, Instant end,
                                OccurrenceState state) {
    }

    /** Occurrences whose stored state may be out of date: not yet ended or cancelled, starting before {@code by}. */
    public List<Occurrence> openOccurrencesStartingBefore(Instant by) {
        return jdbc.sql("""
                select * from occurrence where state in ('SCHEDULED', 'LIVE') and starts_at < :by
                order by starts_at limit 5000""")
                .param("by", Timestamp.from(by)).query(ConferenceRepository::mapOccurrence).list();
    }

    public boolean updateState(UUID occurrenceId, OccurrenceState from, OccurrenceState to) {
        return jdbc.sql("update occurrence set state = :to where id = :id and state = :from")
                .param("to", to.name()).param("id", occurrenceId).param("from", from.name()).update() == 1;
    }

    /** A conference row without its rooms and invitees. */
    private record Row(Conference conference) {
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        String exdates = rs.getString("exdates");
        List<LocalDateTime> exceptions = exdates == null ? List.of()
                : Arrays.stream(exdates.split(",")).map(LocalDateTime::parse).toList();
        return new Row(new Conference(rs.getObject("id", UUID.class), rs.getString("title"),
                ConferenceKind.valueOf(rs.getString("kind")), rs.getString("organiser_region"),
                rs.getObject("main_room_id", UUID.class), Set.of(), Set.of(),
                rs.getTimestamp("first_start").toInstant(), rs.getTimestamp("first_end").toInstant(),
                rs.getString("time_zone"), rs.getString("rrule"), exceptions, rs.getString("description"),
                rs.getBoolean("cancelled"), rs.getString("created_by"), rs.getLong("version")));
    }

    private Conference complete(Row r) {
        Conference c = r.conference();
        Set<UUID> rooms = new LinkedHashSet<>(jdbc.sql(
                "select room_id from conference_room where conference_id = :id order by room_id")
                .param("id", c.id()).query(UUID.class).list());
        Set<String> invitees = new LinkedHashSet<>(jdbc.sql(
                "select username from conference_invitee where conference_id = :id order by username")
                .param("id", c.id()).query(String.class).list());
        return new Conference(c.id(), c.title(), c.kind(), c.organiserRegion(), c.mainRoomId(), rooms, invitees,
                c.firstStart(), c.firstEnd(), c.timeZone(), c.rrule(), c.exceptions(), c.description(),
                c.cancelled(), c.createdBy(), c.version());
    }

    private static Occurrence mapOccurrence(ResultSet rs, int row) throws SQLException {
        return new Occurrence(rs.getObject("id", UUID.class), rs.getObject("conference_id", UUID.class),
                rs.getInt("seq"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                OccurrenceState.valueOf(rs.getString("state")));
    }
}
