package cn.gov.egov.portal.learning.vod;

import java.util.UUID;

import cn.gov.egov.portal.learning.course.CourseException;
import cn.gov.egov.portal.learning.course.CourseText;
import cn.gov.egov.portal.security.Role;

/** What an administrator enters for a VOD item; {@link #validated()} checks and tidies it. */
public record VodDraft(String title, String description, UUID mediaAssetId, String category, String tags,
                       Role minRole, boolean published) {

    public static final int MAX_CATEGORY = 50;
    public static final int MAX_TAGS = 300;

    public VodDraft validated() {
        String t = CourseText.title(title);
        String d = CourseText.summary(description);
        if (mediaAssetId == null) {
            throw new CourseException("vod-video-missing", "请选择一个视频");
        }
        String c = category == null ? "" : category.strip();
        String g = tags == null ? "" : tags.strip();
        if (c.length() > MAX_CATEGORY) {
            throw new CourseException("vod-category-too-long", "分类最多 " + MAX_CATEGORY + " 个字符");
        }
        if (g.length() > MAX_TAGS) {
            throw new CourseException("vod-tags-too-long", "标签最多 " + MAX_TAGS + " 个字符");
        }
        return new VodDraft(t, d, mediaAssetId, c, g, minRole == null ? Role.LEARNER : minRole, published);
    }
}
