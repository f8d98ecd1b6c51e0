package cn.gov.egov.media.job.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.gov.egov.media.job.JobState;
import cn.gov.egov.media.job.TranscodeJob;

/** A job as the API shows it; {@code probe} and {@code outputs} are JSON objects once known. */
record JobView(UUID id, UUID assetId, String filename, String kind, JobState state, int progressPercent,
               Integer etaSeconds, int attempts, String worker, String reasonCode, String reason,
               boolean cancelRequested, @JsonRawValue String probe, @JsonRawValue String outputs, Instant createdAt, Instant startedAt,
               Instant finishedAt) {

    static JobView of(TranscodeJob j) {
        return new JobView(j.id(), j.assetId(), j.filename(), j.kind(), j.state(),
                (int) Math.floor(j.progress() * 100), j.etaSeconds(), j.attempts(), j.worker(), j.reasonCode(),
                j.reason(), j.cancelRequested(), j.probe(), j.outputs(), j.createdAt(), j.startedAt(), j.finishedAt());
    }
}
