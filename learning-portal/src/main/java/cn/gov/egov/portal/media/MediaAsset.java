package cn.gov.egov.portal.media;

import java.time.Instant;
import java.util.UUID;

/** An uploaded original in the media library and the transcode job made for it. */
public record MediaAsset(UUID id, String title, String filename, long sizeBytes, String contentType,
                         String sourceKey, String regionCode, String uploadedBy, Instant createdAt, UUID jobId,
                         String jobState) {
}
