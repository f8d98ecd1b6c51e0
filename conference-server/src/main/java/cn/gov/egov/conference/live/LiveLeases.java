package cn.gov.egov.conference.live;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leases on live occurrences in PostgreSQL, timed by the database clock. */
@Repository
public class LiveLeases {

    private final JdbcClient jdbc;

    public LiveLeases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes or renews the lease unless another owner holds one that has not expired. */
    public boolean acquire(UUID occurrenceId, String owner, long ttlMillis) {
        return jdbc.sql("""
                insert into live_lease (occurrence_id, owner, expires_at)
                values (:id, :owner, now() + make_interval(secs => :ttl / 1000.0))
                on conflict (occurrence_id) do update set owner = excluded.owner, expires_at = excluded.expires_at,
                    acquired_at = case when live_lease.owner = excluded.owner then live_lease.acquired_at else now() end
                where live_lease.owner = excluded.owner or live_lease.expires_at < now()
                """).param("id", occurrenceId).param("owner", owner).param("ttl", ttlMillis).update() == 1;
    }

    public void release(UUID occurrenceId, String owner) {
        jdbc.sql("delete from live_lease where occurrence_id = :id and owner = :owner")
                .param("id", occurrenceId).param("owner", owner).update();
    }

    /** The instance holding an unexpired lease on the occurrence, if any. */
    public String holder(UUID occurrenceId) {
        return jdbc.sql("select owner from live_lease where occurrence_id = :id and expires_at >= now()")
                .param("id", occurrenceId).query(String.class).optional().orElse(null);
    }
}
