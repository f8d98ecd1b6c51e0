package cn.gov.egov.media.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Queues, shows and cancels transcode jobs. A job is a row here plus a JobRunr job with the same id; JobRunr
 * refuses a second job with an id it knows, so queueing again is always safe (a sweep does it for rows whose
 * JobRunr job was never written, e.g. after a crash between the two).
 */
@Service
public class TranscodeJobService {

    private static final Logger log = LoggerFactory.getLogger(TranscodeJobService.class);

    private final TranscodeJobRepository jobs;
    private final JobScheduler scheduler;
    private final TranscodeJobRunner runner;
    private final MediaProperties properties;
    private final Clock clock;

    public TranscodeJobService(TranscodeJobRepository jobs, JobScheduler scheduler, TranscodeJobRunner runner,
                               MediaProperties properties, Clock clock) {
        this.jobs = jobs;
        this.properties = properties;
        this.scheduler = scheduler;
        this.runner = runner;
        this.clock = clock;
    }

    /** The queued job for the request, or the one already waiting or running for the same asset. */
    public Submitted submit(JobRequest request, String requestedBy) {
        List<JobRequest.Problem> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidJobRequestException(problems);
        }
        Optional<TranscodeJob> active = jobs.findActive(request.assetId());
        if (active.isPresent()) {
            return new Submitted(active.get(), false);
        }
        UUID id = UUID.randomUUID();
        TranscodeJob job = new TranscodeJob(id, request.assetId(), request.sourceKey(), request.filename().strip(),
                request.kind() == null ? "UPLOAD" : request.kind(), JobState.QUEUED, 0, null, 0, null, false, null,
                null, null, null, requestedBy, clock.instant(), null, null);
        try {
            jobs.insert(job);
        } catch (DuplicateKeyException e) {
            return new Submitted(jobs.findActive(request.assetId()).orElseThrow(() -> e), false);
        }
        enqueue(id);
        return new Submitted(jobs.find(id).orElseThrow(), true);
    }

    /** @param created false when an existing active job was returned */
    public record Submitted(TranscodeJob job, boolean created) {
    }

    public Optional<TranscodeJob> find(UUID id) {
        return jobs.find(id);
    }

    public List<TranscodeJob> forAsset(UUID assetId) {
        return jobs.forAsset(assetId, 50);
    }

    /** Asks a job to stop: a queued job is cancelled at once, a running one within seconds. */
    public Optional<JobState> cancel(UUID id) {
        Optional<JobState> state = jobs.cancel(id, clock.instant(), properties.lease());
        if (state.isPresent() && state.get() == JobState.CANCELLED) {
            try {
                scheduler.delete(id);
            } catch (RuntimeException e) {
                log.debug("JobRunr job {} not deleted: {}", id, e.toString());
            }
        }
        return state;
    }

    /** Queues again every row that has waited a while: harmless for those JobRunr already has. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public void sweep() {
        Instant before = clock.instant().minus(Duration.ofMinutes(1));
        for (UUID id : jobs.queuedBefore(before)) {
            enqueue(id);
        }
    }

    private void enqueue(UUID id) {
        scheduler.enqueue(id, () -> runner.run(id));
    }
}
