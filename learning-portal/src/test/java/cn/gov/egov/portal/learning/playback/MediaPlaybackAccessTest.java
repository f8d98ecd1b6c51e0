package cn.gov.egov.portal.learning.playback;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.egov.portal.learning.course.MediaFixtures;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;

/**
 * Knowing a media asset's id is not enough to play it: the playlist and segment links are given only to users who
 * could open the video on a page (a lesson of a published course of their region or an ancestor, a published VOD
 * item for their role) or who administer the media library of that region. Anyone else gets 404, as for an asset
 * that does not exist.
 */
class MediaPlaybackAccessTest extends PlaybackEndpointTestBase {

    private UUID assetOf(UUID lessonId) {
        return jdbc.sql("select media_asset_id from lesson where id = :l").param("l", lessonId)
                .query(UUID.class).single();
    }

    private int segment(PortalUser who, UUID asset) throws Exception {
        return mvc.perform(as(who, get("/media/play/" + asset + "/r360/seg_00001.ts"))).andReturn().getResponse()
                .getStatus();
    }

    private PortalUser user(Role role, String region) {
        PortalUser u = new PortalUser(UUID.randomUUID(), "u-" + UUID.randomUUID().toString().substring(0, 12), "用户",
                null, "{noop}unused", role, region, true);
        users.insert(u);
        return u;
    }

    @Test
    void aCourseVideoPlaysForLearnersWhoMaySeeTheCourseOnly() throws Exception {
        UUID published = assetOf(lesson); // a published course of the province, the learner is in 530102
        org.assertj.core.api.Assertions.assertThat(segment(learner, published)).as("learner of the subtree")
                .isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(segment(fixtures.learner("532900"), published))
                .as("a learner of Dali: the province's course is theirs too").isEqualTo(302);

        UUID kunmingCourse = fixtures.course("昆明专题", "530100", true, false);
        UUID kunmingAsset = assetOf(fixtures.video(kunmingCourse, "第一讲", 60));
        org.assertj.core.api.Assertions.assertThat(segment(learner, kunmingAsset)).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(segment(fixtures.learner("532900"), kunmingAsset))
                .as("another prefecture's course").isEqualTo(404);

        UUID draft = assetOf(fixtures.video(fixtures.course("草稿", "530000", false, false), "第一讲", 60));
        org.assertj.core.api.Assertions.assertThat(segment(learner, draft)).as("a draft's video").isEqualTo(404);

        UUID loose = MediaFixtures.asset(jdbc, "530000", "SUCCEEDED");
        org.assertj.core.api.Assertions.assertThat(segment(learner, loose)).as("in no course nor VOD item")
                .isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(segment(user(Role.COURSE_ADMIN, "530102"), loose))
                .as("a course administrator below the asset's region may attach it").isEqualTo(302);
        UUID kunmingLibrary = MediaFixtures.asset(jdbc, "530100", "SUCCEEDED");
        org.assertj.core.api.Assertions.assertThat(segment(user(Role.COURSE_ADMIN, "530102"), kunmingLibrary))
                .as("a course administrator below the asset's region").isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(segment(user(Role.COURSE_ADMIN, "532900"), kunmingLibrary))
                .as("a course administrator of another prefecture").isEqualTo(404);
    }

    @Test
    void aVodItemPlaysForItsRegionAndRoleOnlyOncePublished() throws Exception {
        UUID asset = MediaFixtures.asset(jdbc, "530100", "SUCCEEDED");
        UUID item = UUID.randomUUID();
        jdbc.sql("""
                insert into vod_item (id, title, media_asset_id, region_code, min_role, published, created_by,
                    created_at, updated_at)
                values (:id, '内部资料', :asset, '530100', 'REGION_ADMIN', false, 'test', :at, :at)
                """).param("id", item).param("asset", asset).param("at", Timestamp.from(Instant.now())).update();
        PortalUser regionAdmin = user(Role.REGION_ADMIN, "530102");
        org.assertj.core.api.Assertions.assertThat(segment(regionAdmin, asset)).as("not published").isEqualTo(404);

        jdbc.sql("update vod_item set published = true where id = :id").param("id", item).update();
        org.assertj.core.api.Assertions.assertThat(segment(regionAdmin, asset)).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(segment(learner, asset)).as("below the item's audience")
                .isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(segment(user(Role.REGION_ADMIN, "532900"), asset))
                .as("another prefecture").isEqualTo(404);
    }
}
