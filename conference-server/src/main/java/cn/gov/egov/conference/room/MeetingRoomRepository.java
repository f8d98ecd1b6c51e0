package cn.gov.egov.conference.room;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.conference.system.errors.DuplicateException;

@Repository
public class MeetingRoomRepository {

    private static final String COLUMNS = """
            id, region_code, name, address, capacity, contact_name, contact_phone, contact_email, equipment, active,
            version, terminal_token_issued_at, last_seen_at""";

    private final JdbcClient jdbc;

    public MeetingRoomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(MeetingRoom room) {
        try {
            jdbc.sql("""
                    insert into meeting_room (id, region_code, name, address, capacity, contact_name, contact_phone,
                                              contact_email, equipment)
                    values (:id, :region, :name, :address, :capacity, :cname, :cphone, :cemail, :equipment)
                    """)
                    .param("id", room.id()).param("region", room.regionCode()).param("name", room.name())
                    .param("address", room.address()).param("capacity", room.capacity())
                    .param("cname", room.contactName()).param("cphone", room.contactPhone())
                    .param("cemail", room.contactEmail()).param("equipment", room.equipment())
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicateName(room);
        }
    }

    /** Updates the room if its version is still {@code expectedVersion}; returns false when it is not. */
    public boolean update(MeetingRoom room, long expectedVersion, Instant now) {
        try {
            return jdbc.sql("""
                    update meeting_room set region_code = :region, name = :name, address = :address,
                        capacity = :capacity, contact_name = :cname, contact_phone = :cphone, contact_email = :cemail,
                        equipment = :equipment, active = :active, version = version + 1, updated_at = :now
                    where id = :id and version = :version
                    """)
                    .param("id", room.id()).param("region", room.regionCode()).param("name", room.name())
                    .param("address", room.address()).param("capacity", room.capacity())
                    .param("cname", room.contactName()).param("cphone", room.contactPhone())
                    .param("cemail", room.contactEmail()).param("equipment", room.equipment())
                    .param("active", room.active()).param("version", expectedVersion)
                    .param("now", Timestamp.from(now))
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            throw duplicateName(room);
        }
    }

    private static DuplicateException duplicateName(MeetingRoom room) {
        return new DuplicateException("room.name.duplicate",
                "region " + room.regionCode() + " already has a room named \u300c" + room.name() + "\u300d");
    }

    public Optional<MeetingRoom> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_room where id = :id").param("id", id)
                .query(MeetingRoomRepository::map).optional();
    }

    public List<MeetingRoom> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from meeting_room where id in (:ids)").param("ids", ids)
                .query(MeetingRoomRepository::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from meeting_room").query(Long.class).single();
    }

    /** Rooms in the region or anywhere below it (region codes nest by prefix), a page at a time. */
    public List<MeetingRoom> findInSubtree(String prefix, int page, int size) {
        return jdbc.sql("select " + COLUMNS + """
                 from meeting_room where region_code like :prefix
                order by region_code, name limit :limit offset :offset""")
                .param("prefix", prefix + "%").param("limit", size).param("offset", (long) page * size)
                .query(MeetingRoomRepository::map).list();
    }

    public long countInSubtree(String prefix) {
        return jdbc.sql("select count(*) from meeting_room where region_code like :prefix")
                .param("prefix", prefix + "%").query(Long.class).single();
    }

    /** Sets (or with a null hash, revokes) the room's terminal token. */
    public void setTerminalToken(UUID id, byte[] hash, Instant now) {
        jdbc.sql("""
                update meeting_room set terminal_token_hash = :hash, terminal_token_issued_at = :issued,
                    version = version + 1, updated_at = :now where id = :id""")
                .param("hash", hash).param("issued", hash == null ? null : Timestamp.from(now))
                .param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /** The room whose current terminal token has this hash, recording the heartbeat. */
    public Optional<MeetingRoom> touchByTokenHash(byte[] hash, Instant now) {
        return jdbc.sql("update meeting_room set last_seen_at = :now where terminal_token_hash = :hash and active "
                        + "returning " + COLUMNS)
                .param("now", Timestamp.from(now)).param("hash", hash)
                .query(MeetingRoomRepository::map).optional();
    }

    private static MeetingRoom map(ResultSet rs, int row) throws SQLException {
        return new MeetingRoom(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("name"),
                rs.getString("address"), rs.getInt("capacity"), rs.getString("contact_name"),
                rs.getString("contact_phone"), rs.getString("contact_email"), rs.getString("equipment"),
                rs.getBoolean("active"), rs.getLong("version"), instant(rs.getTimestamp("terminal_token_issued_at")),
                instant(rs.getTimestamp("last_seen_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
