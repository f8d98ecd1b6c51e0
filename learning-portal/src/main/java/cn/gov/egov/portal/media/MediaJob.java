package cn.gov.egov.portal.media;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** A transcode job as media-worker shows it (see media-worker's JobView). */
public record MediaJob(UUID id, UUID assetId, String filename, String kind, String state, int progressPercent,
                       Integer etaSeconds, int attempts, String worker, String reasonCode, String reason,
                       boolean cancelRequested, JsonNode probe, JsonNode outputs, Instant createdAt,
                       Instant startedAt, Instant finishedAt) {

    public boolean isActive() {
        return "QUEUED".equals(state) || "RUNNING".equals(state);
    }
}
