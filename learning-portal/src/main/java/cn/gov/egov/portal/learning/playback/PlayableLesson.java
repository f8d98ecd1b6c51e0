package cn.gov.egov.portal.learning.playback;

import java.util.UUID;

/**
 * One lesson as the player needs it, with its course and media asset (read in one query by
 * {@link PlayableLessons}).
 *
 * @param kind            VIDEO, DOCUMENT or EXAM (only VIDEO plays)
 * @param courseKind      REQUIRED or ELECTIVE
 * @param courseStatus    DRAFT or PUBLISHED
 * @param durationSeconds the video's duration, null when not known yet
 * @param jobState        the media asset's transcode state as last seen, null when none
 */
public record PlayableLesson(UUID lessonId, String kind, String title, int position, UUID mediaAssetId,
                             Integer durationSeconds, UUID courseId, String courseTitle, String courseKind,
                             String courseStatus, String courseRegion, boolean seekBeyondWatched, String jobState) {

    public boolean isVideo() {
        return "VIDEO".equals(kind);
    }

    public boolean coursePublished() {
        return "PUBLISHED".equals(courseStatus);
    }
}
