package cn.gov.egov.media.job;

import java.time.Instant;
import java.util.UUID;

/**
 * One transcode job as stored.
 *
 * @param progress   0..1 of the media time transcoded
 * @param etaSeconds estimated seconds left while running, else null
 * @param reasonCode why it failed (a {@code MediaRejectedException.Reason} or {@code TRANSIENT}), else null
 * @param probe      JSON of what the source holds, once known
 * @param outputs    JSON of the keys written, once succeeded
 */
public record TranscodeJob(UUID id, UUID assetId, String sourceKey, String filename, String kind, JobState state,
                           double progress, Integer etaSeconds, int attempts, String worker, boolean cancelRequested,
                           String reasonCode, String reason, String probe, String outputs, String requestedBy,
                           Instant createdAt, Instant startedAt, Instant finishedAt) {
}
