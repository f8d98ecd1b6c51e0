package cn.gov.egov.portal.learning.vod;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.learning.course.CourseAccess;
import cn.gov.egov.portal.learning.course.CourseException;
import cn.gov.egov.portal.learning.course.CourseGuard;
import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.media.MediaLibrary;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 视频点播: published VOD items are visible to users of the item's region and below whose role reaches the item's
 * minimum role; course administrators manage the items of their region subtree (checked here and audited).
 */
@Service
public class VodLibrary {

    private final VodRepository items;
    private final MediaLibrary media;
    private final CourseGuard guard;
    private final Clock clock;

    public VodLibrary(VodRepository items, MediaLibrary media, CourseGuard guard, Clock clock) {
        this.items = items;
        this.media = media;
        this.guard = guard;
        this.clock = clock;
    }

    public List<VodItem> browse(PortalUser user, String text, int offset, int limit) {
        return items.visible(guard.access().visibleRegions(user), VodRepository.rolesUpTo(user.role()), text, offset,
                Math.min(limit, 200));
    }

    public int count(PortalUser user, String text) {
        return items.countVisible(guard.access().visibleRegions(user), VodRepository.rolesUpTo(user.role()), text);
    }

    /** An item the user may watch: visible to them, or managed by them (a preview). */
    public Optional<VodItem> item(PortalUser user, UUID id) {
        return items.find(id).filter(v -> visible(user, v) || guard.access().canManageRegion(user, v.regionCode()));
    }

    boolean visible(PortalUser user, VodItem v) {
        return v.published() && guard.access().visibleRegions(user).contains(v.regionCode())
                && v.minRole().ordinal() <= user.role().ordinal();
    }

    public List<VodItem> managed(PortalUser user, String text, int offset, int limit) {
        guard.requireManager(user, "VOD_LIST");
        return items.managed(guard.access().subtreePrefix(user), text, offset, Math.min(limit, 200));
    }

    public int countManaged(PortalUser user, String text) {
        guard.requireManager(user, "VOD_LIST");
        return items.countManaged(guard.access().subtreePrefix(user), text);
    }

    public VodItem create(PortalUser user, VodDraft draft) {
        guard.requireManager(user, "VOD_CREATE");
        VodDraft d = checked(user, draft, "VOD_CREATE");
        Instant now = clock.instant();
        VodItem v = new VodItem(UUID.randomUUID(), d.title(), d.description(), d.mediaAssetId(), d.category(),
                d.tags(), user.regionCode(), d.minRole(), d.published(), user.username(), now, now);
        guard.audited(user, "VOD_CREATE", "VOD", v.id(), v.regionCode(), v.title(), () -> items.insert(v));
        return v;
    }

    public VodItem update(PortalUser user, UUID id, VodDraft draft) {
        guard.requireManager(user, "VOD_UPDATE");
        VodItem v = items.find(id).orElseThrow(() -> new CourseException("vod-missing", "点播视频不存在"));
        if (!guard.access().canManageRegion(user, v.regionCode())) {
            throw guard.deny(user, "VOD_UPDATE", "VOD", id, v.regionCode(), "点播视频属于其他区域：" + v.regionCode());
        }
        VodDraft d = checked(user, draft, "VOD_UPDATE");
        guard.audited(user, "VOD_UPDATE", "VOD", id, v.regionCode(), d.title() + (d.published() ? " (发布)" : ""),
                () -> items.update(id, d, clock.instant()));
        return items.find(id).orElseThrow();
    }

    /** Validated; the video must be of the user's branch of the tree and, to publish, transcoded. */
    private VodDraft checked(PortalUser user, VodDraft draft, String action) {
        VodDraft d = draft.validated();
        MediaAsset asset = media.find(d.mediaAssetId())
                .orElseThrow(() -> new CourseException("vod-video-missing", "所选视频不存在"));
        var regions = guard.access().regions();
        if (!regions.isWithin(asset.regionCode(), user.regionCode())
                && !regions.isWithin(user.regionCode(), asset.regionCode())) {
            throw guard.deny(user, action, "MEDIA", asset.id(), asset.regionCode(),
                    "视频属于其他区域：" + asset.regionCode());
        }
        if (d.published() && media.playable(asset.id()).isEmpty()) {
            throw new CourseException("vod-video-not-ready", "视频尚未转码完成，暂不能发布");
        }
        return d;
    }

    public List<MediaAsset> attachableMedia(PortalUser user) {
        return CourseAccess.isManager(user) ? media.list(user) : List.of();
    }
}
