package cn.gov.egov.media.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.egov.media.probe.ProbeResult;

/**
 * A running job's hold on its row: a thread writes progress and the estimated time left every
 * {@code interval} (so other workers see the job alive), and learns whether someone asked to cancel.
 */
final class JobLease implements MediaPipeline.Progress, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobLease.class);

    private final TranscodeJobRepository jobs;
    private final UUID id;
    private final String worker;
    private final Clock clock;
    private final Instant started;
    private final Thread thread;
    private volatile double share;
    private volatile boolean cancelled;
    private volatile ProbeResult probe;

    JobLease(TranscodeJobRepository jobs, UUID id, String worker, Clock clock, Duration interval) {
        this.jobs = jobs;
        this.id = id;
        this.worker = worker;
        this.clock = clock;
        this.started = clock.instant();
        // a platform thread: the transcode keeps its carrier busy in native code, a virtual thread could starve
        this.thread = Thread.ofPlatform().daemon().name("lease-" + id).start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(interval);
                    beat();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    log.warn("Could not write the progress of job {}: {}", id, e.toString());
                }
            }
        });
    }

    private void beat() {
        if (jobs.heartbeat(id, worker, share, eta())) {
            cancelled = true;
        }
    }

    /** Seconds left, from the pace so far; null until there is a pace to go by. */
    Integer eta() {
        double done = share;
        if (done < 0.02 || done >= 1) {
            return null;
        }
        double elapsed = Duration.between(started, clock.instant()).toMillis() / 1000.0;
        return (int) Math.ceil(elapsed * (1 - done) / done);
    }

    @Override
    public void progress(long positionMillis) {
        // the share is what counts; the pipeline turns positions into shares
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void probed(ProbeResult result) {
        this.probe = result;
    }

    ProbeResult probe() {
        return probe;
    }

    @Override
    public void share(double done) {
        this.share = Math.max(share, Math.min(1, done));
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
