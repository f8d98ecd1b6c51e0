package cn.gov.egov.conference.room;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MeetingRoomRepository {

    private final JdbcClient jdbc;

    public MeetingRoomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(MeetingRoom room) {
        jdbc.sql("""
                insert into meeting_room (id, region_code, name, address, capacity)
                values (:id, :region, :name, :address, :capacity)
                """)
                .param("id", room.id()).param("region", room.regionCode()).param("name", room.name())
                .param("address", room.address()).param("capacity", room.capacity())
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from meeting_room").query(Long.class).single();
    }

    /** Rooms in the region or anywhere below it (a recursive walk down the region table). */
    public List<MeetingRoom> findInSubtree(String regionCode) {
        return jdbc.sql("""
                with recursive sub(code) as (
                    select code from region where code = :code
                    union all
                    select r.code from region r join sub on r.parent_code = sub.code)
                select m.id, m.region_code, m.name, m.address, m.capacity
                from meeting_room m join sub on m.region_code = sub.code
                order by m.region_code, m.name
                """)
                .param("code", regionCode)
                .query((rs, i) -> new MeetingRoom(rs.getObject("id", UUID.class), rs.getString("region_code"),
                        rs.getString("name"), rs.getString("address"), rs.getInt("capacity")))
                .list();
    }
}
