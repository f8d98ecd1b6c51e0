package cn.gov.egov.portal.learning.playback;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.learning.ledger.CourseHours;
import cn.gov.egov.portal.learning.progress.Heartbeat;
import cn.gov.egov.portal.learning.progress.HeartbeatOutcome;
import cn.gov.egov.portal.learning.progress.LessonProgress;
import cn.gov.egov.portal.learning.progress.PlaybackException;
import cn.gov.egov.portal.learning.progress.PlaybackSession;
import cn.gov.egov.portal.learning.progress.ProgressPolicy;
import cn.gov.egov.portal.learning.progress.SeekPolicy;
import cn.gov.egov.portal.media.MediaLibrary;
import cn.gov.egov.portal.media.web.PlaybackUrls;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/**
 * The learner's player on the server: starts playbacks of video lessons the user may see, verifies heartbeats with
 * the domain's {@code HeartbeatVerifier} (through {@link PlaybackRegistry}), stores accepted progress, and when a
 * lesson completes asks {@link CourseHours} to award the course's hours.
 */
@Service
public class PlaybackService {

    private final PlayableLessons lessons;
    private final LessonProgressRepository progress;
    private final ProgressWriter writer;
    private final PlaybackRegistry registry;
    private final MediaLibrary media;
    private final RegionTree regions;
    private final CourseHours courseHours;
    private final Clock clock;

    public PlaybackService(PlayableLessons lessons, LessonProgressRepository progress, ProgressWriter writer,
                           PlaybackRegistry registry, MediaLibrary media, RegionTree regions, CourseHours courseHours,
                           Clock clock) {
        this.lessons = lessons;
        this.progress = progress;
        this.writer = writer;
        this.registry = registry;
        this.media = media;
        this.regions = regions;
        this.courseHours = courseHours;
        this.clock = clock;
    }

    /**
     * The lesson if {@code user} may watch it: a VIDEO lesson of a published course whose region is the user's or
     * an ancestor of it, with a transcoded video of known length.
     *
     * @throws PlaybackException with a Chinese message saying why not
     */
    public PlayableLesson playable(PortalUser user, UUID lessonId) {
        PlayableLesson lesson = lessons.find(lessonId)
                .orElseThrow(() -> new PlaybackException("lesson-not-found", "课程内容不存在"));
        if (!lesson.coursePublished()) {
            throw new PlaybackException("course-not-published", "该课程尚未发布");
        }
        if (!regions.isWithin(user.regionCode(), lesson.courseRegion())) {
            throw new PlaybackException("region-not-allowed", "该课程不面向您所在的区域");
        }
        if (!lesson.isVideo()) {
            throw new PlaybackException("lesson-not-video", "该课时不是视频");
        }
        if (lesson.mediaAssetId() == null || media.playable(lesson.mediaAssetId()).isEmpty()) {
            throw new PlaybackException("video-not-ready", "视频尚未转码完成，请稍后再试");
        }
        if (lesson.durationSeconds() == null || lesson.durationSeconds() <= 0) {
            throw new PlaybackException("duration-unknown", "视频时长未知，暂不能学习");
        }
        return lesson;
    }

    /** Starts (or restarts) the user's playback of a lesson; any other playback of theirs stops counting. */
    public StartedPlayback start(PortalUser user, UUID lessonId) {
        PlayableLesson lesson = playable(user, lessonId);
        SeekPolicy seek = lesson.seekBeyondWatched() ? SeekPolicy.FREE : SeekPolicy.NO_SEEK_BEYOND_FURTHEST;
        ProgressPolicy policy = registry.policy(seek);
        writer.flush(user.id(), lessonId); // a reload within the write interval resumes from the newest beat
        LessonProgress stored = progress.find(user.id(), lessonId)
                .orElseGet(() -> LessonProgress.notStarted(user.id(), lessonId,
                        lesson.durationSeconds() * 1000L));
        PlaybackSession session = registry.start(seek, stored);
        boolean complete = stored.isComplete(policy);
        return new StartedPlayback(session.id(), lessonId, lesson.title(), lesson.courseId(), lesson.courseTitle(),
                PlaybackUrls.master(lesson.mediaAssetId()), PlaybackUrls.poster(lesson.mediaAssetId()),
                session.lastPositionMillis(),
                stored.furthestPositionMillis(), stored.creditedMillis(), stored.durationMillis(), complete,
                seek == SeekPolicy.NO_SEEK_BEYOND_FURTHEST && !complete, policy.heartbeatInterval().toMillis(),
                policy.maxPlaybackRate());
    }

    /**
     * Verifies a heartbeat of {@code user} (never a learner named in the request) and stores what it earned. A
     * refused heartbeat stores nothing.
     */
    public HeartbeatReply heartbeat(PortalUser user, Heartbeat beat) {
        PlaybackRegistry.Verified verified = registry.heartbeat(user.id(), beat);
        HeartbeatOutcome outcome = verified.result().outcome();
        PlaybackSession session = verified.result().session();
        ProgressPolicy policy = registry.policy(verified.seekPolicy());
        if (!outcome.accepted() || session == null) {
            return reply(user, outcome, session, policy);
        }
        LessonProgress now = session.progress();
        if (outcome.creditedMillis() > 0 && now.isComplete(policy)) {
            // the completing beat is stored at once, then the lesson marked and the course credited
            progress.save(now, clock.instant());
            if (progress.markCompleted(user.id(), now.lessonId(), clock.instant())) {
                lessons.find(now.lessonId()).ifPresent(lesson ->
                        courseHours.awardIfComplete(user.id(), user.regionCode(), lesson.courseId()));
            }
        } else {
            writer.submit(now, clock.instant());
        }
        return reply(user, outcome, session, policy);
    }

    /** The learner answered the presence check (请确认您仍在学习); crediting resumes. */
    public void answerPresence(PortalUser user, String sessionId, String token) {
        registry.answerPresence(user.id(), sessionId, token);
    }

    /** The player was closed. */
    public void end(PortalUser user, String sessionId) {
        registry.end(user.id(), sessionId);
    }

    private static HeartbeatReply reply(PortalUser user, HeartbeatOutcome outcome, PlaybackSession session,
                                        ProgressPolicy policy) {
        // another learner's session id: say nothing about that session
        boolean own = session != null && session.learnerId().equals(user.id());
        LessonProgress p = own ? session.progress() : null;
        return new HeartbeatReply(outcome.accepted(), outcome.reason(), outcome.reason().message(),
                outcome.creditedMillis(), own ? p.creditedMillis() : 0, own ? p.furthestPositionMillis() : 0,
                own ? p.durationMillis() : 0, own ? p.creditedPercent() : 0, own && p.isComplete(policy),
                outcome.presenceToken(), outcome.rewindRequired() ? outcome.rewindToMillis() / 1000.0 : null);
    }
}
