package cn.gov.egov.media.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code media.transcode_job}. Every change of state is a compare-and-set on the current state. */
@Repository
public class TranscodeJobRepository {

    private final JdbcClient jdbc;

    public TranscodeJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TranscodeJob j) {
        jdbc.sql("""
                insert into transcode_job (id, asset_id, source_key, filename, kind, state, requested_by, created_at)
                values (:id, :asset, :key, :filename, :kind, :state, :by, :at)
                """).param("id", j.id()).param("asset", j.assetId()).param("key", j.sourceKey())
                .param("filename", j.filename()).param("kind", j.kind()).param("state", j.state().name())
                .param("by", j.requestedBy()).param("at", Timestamp.from(j.createdAt())).update();
    }

    public Optional<TranscodeJob> find(UUID id) {
        return jdbc.sql("select * from transcode_job where id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<TranscodeJob> findActive(UUID assetId) {
        return jdbc.sql("select * from transcode_job where asset_id = :a and state in ('QUEUED', 'RUNNING')")
                .param("a", assetId).query(this::map).optional();
    }

    public List<TranscodeJob> forAsset(UUID assetId, int limit) {
        return jdbc.sql("select * from transcode_job where asset_id = :a order by created_at desc limit :n")
                .param("a", assetId).param("n", limit).query(this::map).list();
    }

    /** Jobs still waiting that were queued before {@code before}. */
    public List<UUID> queuedBefore(Instant before) {
        return jdbc.sql("select id from transcode_job where state = 'QUEUED' and created_at < :t")
                .param("t", Timestamp.from(before)).query(UUID.class).list();
    }

    /**
     * Takes the job for {@code worker}: a queued job, or a running one whose worker stopped writing before
     * {@code abandonedBefore} (killed). False when it is final, cancelled, or another live worker holds it.
     */
    public boolean claim(UUID id, String worker, Instant now, Duration lease) {
        // heartbeats are the database's own time, so workers' clocks need not agree
        return jdbc.sql("""
                update transcode_job set state = 'RUNNING', worker = :worker, attempts = attempts + 1,
                    heartbeat_at = now(), started_at = coalesce(started_at, :now), progress = 0, eta_seconds = null
                where id = :id and not cancel_requested
                  and (state = 'QUEUED'
                       or (state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :lease)))
                """).param("id", id).param("worker", worker).param("now", Timestamp.from(now))
                .param("lease", (double) lease.toMillis() / 1000).update() == 1;
    }

    /** A job whose worker died after cancellation was asked for is cancelled now. */
    public boolean cancelAbandoned(UUID id, Instant now, Duration lease) {
        return jdbc.sql("""
                update transcode_job set state = 'CANCELLED', finished_at = :now, eta_seconds = null
                where id = :id and state = 'RUNNING' and cancel_requested
                  and heartbeat_at < now() - make_interval(secs => :lease)
                """).param("id", id).param("now", Timestamp.from(now))
                .param("lease", (double) lease.toMillis() / 1000).update() == 1;
    }

    /** Progress of a running job held by {@code worker}; answers whether cancellation was asked for. */
    public boolean heartbeat(UUID id, String worker, double progress, Integer etaSeconds) {
        return jdbc.sql("""
                update transcode_job set heartbeat_at = now(), progress = :p, eta_seconds = :eta
                where id = :id and worker = :worker and state = 'RUNNING'
                returning cancel_requested
                """).param("id", id).param("worker", worker).param("p", Math.max(0, Math.min(1, progress)))
                .param("eta", etaSeconds)
                .query(Boolean.class).optional().orElse(true);
    }

    public void saveProbe(UUID id, String probeJson) {
        jdbc.sql("update transcode_job set probe = cast(:p as jsonb) where id = :id").param("id", id)
                .param("p", probeJson).update();
    }

    /** Ends a running job held by {@code worker}. */
    public boolean finish(UUID id, String worker, JobState state, String reasonCode, String reason, String outputs,
                          Instant now) {
        return jdbc.sql("""
                update transcode_job set state = :state, reason_code = :code, reason = :reason,
                    outputs = cast(:outputs as jsonb), finished_at = :now, heartbeat_at = :now, eta_seconds = null,
                    progress = case when :state = 'SUCCEEDED' then 1 else progress end
                where id = :id and worker = :worker and state = 'RUNNING'
                """).param("id", id).param("worker", worker).param("state", state.name()).param("code", reasonCode)
                .param("reason", truncate(reason)).param("outputs", outputs).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** A running job that failed for a passing reason goes back to the queue, keeping the reason for show. */
    public void requeue(UUID id, String worker, String reason) {
        jdbc.sql("""
                update transcode_job set state = 'QUEUED', reason_code = 'TRANSIENT', reason = :reason,
                    eta_seconds = null
                where id = :id and worker = :worker and state = 'RUNNING'
                """).param("id", id).param("worker", worker).param("reason", truncate(reason)).update();
    }

    /**
     * Asks a job to stop; a queued one, or a running one whose worker is gone, is cancelled at once. Returns the
     * state after.
     */
    public Optional<JobState> cancel(UUID id, Instant now, Duration lease) {
        jdbc.sql("""
                update transcode_job set cancel_requested = true,
                    state = case when state = 'QUEUED'
                                   or heartbeat_at < now() - make_interval(secs => :lease) then 'CANCELLED'
                                 else state end,
                    finished_at = case when state = 'QUEUED'
                                         or heartbeat_at < now() - make_interval(secs => :lease) then :now
                                       else finished_at end
                where id = :id and state in ('QUEUED', 'RUNNING')
                """).param("id", id).param("now", Timestamp.from(now))
                .param("lease", (double) lease.toMillis() / 1000).update();
        return find(id).map(TranscodeJob::state);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private TranscodeJob map(ResultSet rs, int row) throws SQLException {
        return new TranscodeJob(rs.getObject("id", UUID.class), rs.getObject("asset_id", UUID.class),
                rs.getString("source_key"), rs.getString("filename"), rs.getString("kind"),
                JobState.valueOf(rs.getString("state")), rs.getDouble("progress"),
                (Integer) rs.getObject("eta_seconds"), rs.getInt("attempts"), rs.getString("worker"),
                rs.getBoolean("cancel_requested"), rs.getString("reason_code"), rs.getString("reason"),
                rs.getString("probe"), rs.getString("outputs"), rs.getString("requested_by"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
