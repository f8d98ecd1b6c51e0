package cn.gov.egov.portal.media;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gov.egov.portal.learning.course.CourseAccess;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.RegionTree;

/**
 * Who may play a media asset (its playlists and presigned segment links). The media library's administrators (course
 * and system administrators) play what lies in their region's subtree or in an ancestor's (what they may attach to a
 * course); everyone else only what they could open on a page: a video lesson of a published course, or a published
 * video-on-demand item for their role, owned by their region or an ancestor. Checked on every playlist and segment
 * request, so knowing an asset's id is not enough.
 */
@Component
public class PlaybackAccess {

    private final JdbcClient jdbc;
    private final RegionTree regions;
    private final CourseAccess courses;

    public PlaybackAccess(JdbcClient jdbc, RegionTree regions) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.courses = new CourseAccess(regions);
    }

    public boolean mayPlay(PortalUser user, MediaAsset asset) {
        if (user == null || !user.enabled()) {
            return false;
        }
        if (courses.canManageRegion(user, asset.regionCode())
                || CourseAccess.isManager(user) && regions.isWithin(user.regionCode(), asset.regionCode())) {
            return true;
        }
        List<String> scope = courses.visibleRegions(user);
        List<String> roles = Arrays.stream(Role.values()).filter(r -> r.ordinal() <= user.role().ordinal())
                .map(Role::name).toList();
        return jdbc.sql("""
                select exists (select 1 from lesson l join course c on c.id = l.course_id
                               where l.media_asset_id = :asset and c.status = 'PUBLISHED'
                                 and c.region_code in (:scope))
                    or exists (select 1 from vod_item v
                               where v.media_asset_id = :asset and v.published and v.region_code in (:scope)
                                 and v.min_role in (:roles))
                """).param("asset", asset.id()).param("scope", scope).param("roles", roles)
                .query(Boolean.class).single();
    }
}
