package cn.gov.egov.media.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.media.probe.MediaRejectedException;
import cn.gov.egov.media.transcode.TranscodeCancelledException;
import cn.gov.egov.media.worker.WorkerRegistry;

/**
 * What JobRunr runs for a transcode job. JobRunr hands each job to one worker and re-queues the jobs of a worker
 * that died; the claim on our own row (a lease renewed every {@code media.heartbeat}) makes doubly sure that no job runs twice
 * at once. Bad media fail for good with their reason; passing faults (storage down…) go back to JobRunr, which
 * retries with growing pauses, until {@link MediaProperties#maxAttempts()}.
 */
@Component
public class TranscodeJobRunner {

    private static final Logger log = LoggerFactory.getLogger(TranscodeJobRunner.class);

    private final TranscodeJobRepository jobs;
    private final MediaPipeline pipeline;
    private final MediaProperties properties;
    private final WorkerRegistry registry;
    private final Clock clock;
    private final JsonMapper json;

    public TranscodeJobRunner(TranscodeJobRepository jobs, MediaPipeline pipeline, MediaProperties properties,
                              WorkerRegistry registry, Clock clock, JsonMapper json) {
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.properties = properties;
        this.registry = registry;
        this.clock = clock;
        this.json = json;
    }

    @Job(name = "transcode %0", retries = 20)
    public void run(UUID id) {
        String worker = registry.name();
        Instant now = clock.instant();
        if (!jobs.claim(id, worker, now, properties.lease())) {
            jobs.cancelAbandoned(id, now, properties.lease());
            TranscodeJob job = jobs.find(id).orElse(null);
            if (job == null || job.state().isFinal() || job.cancelRequested()) {
                return; // nothing left to do (cancelled while queued, or done by an earlier run)
            }
            throw new JobHeldElsewhereException(id, job.worker());
        }
        TranscodeJob job = jobs.find(id).orElseThrow();
        log.info("Transcoding job {} (asset {}, attempt {}) on {}", id, job.assetId(), job.attempts(), worker);
        Path scratch = properties.workDir().resolve(id.toString());
        deleteQuietly(scratch); // what a killed earlier attempt left
        try (JobLease lease = new JobLease(jobs, id, worker, clock, properties.heartbeat())) {
            try {
                MediaPipeline.Outcome outcome = pipeline.run(job.assetId(), job.sourceKey(), scratch, lease);
                jobs.saveProbe(id, json.writeValueAsString(outcome.probe()));
                jobs.finish(id, worker, JobState.SUCCEEDED, null, null, json.writeValueAsString(Outputs.of(outcome)),
                        clock.instant());
                log.info("Job {} done: {} objects under {}", id, outcome.keys().size(), outcome.masterKey());
            } catch (MediaRejectedException e) {
                if (lease.probe() != null) {
                    jobs.saveProbe(id, json.writeValueAsString(lease.probe()));
                }
                jobs.finish(id, worker, JobState.FAILED, e.reason().name(), e.getMessage(), null, clock.instant());
                log.info("Job {} refused the media: {} {}", id, e.reason(), e.getMessage());
            } catch (TranscodeCancelledException e) {
                jobs.finish(id, worker, JobState.CANCELLED, null, "cancelled", null, clock.instant());
                log.info("Job {} cancelled", id);
            } catch (RuntimeException e) {
                if (job.attempts() >= properties.maxAttempts()) {
                    jobs.finish(id, worker, JobState.FAILED, "TRANSIENT", describe(e), null, clock.instant());
                    log.warn("Job {} failed for good after {} attempts", id, job.attempts(), e);
                    return;
                }
                jobs.requeue(id, worker, describe(e));
                throw e;
            }
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete scratch directory {}: {}", dir, e.toString());
        }
    }

    /** Another live worker holds the job; JobRunr tries again later. */
    static class JobHeldElsewhereException extends RuntimeException {
        JobHeldElsewhereException(UUID id, String worker) {
            super("job " + id + " is being run by " + worker);
        }
    }
}
