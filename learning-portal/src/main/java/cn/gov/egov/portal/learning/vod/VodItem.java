package cn.gov.egov.portal.learning.vod;

import java.time.Instant;
import java.util.UUID;

import cn.gov.egov.portal.security.Role;

/**
 * A video of the VOD library (视频点播) that is not a course. Once published it is visible to users of
 * {@code regionCode} and the regions below it whose role is at least {@code minRole}.
 */
public record VodItem(UUID id, String title, String description, UUID mediaAssetId, String category, String tags,
                      String regionCode, Role minRole, boolean published, String createdBy, Instant createdAt,
                      Instant updatedAt) {
}
