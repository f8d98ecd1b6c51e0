package cn.gov.egov.portal.media.web;

import java.util.UUID;

/** The portal's addresses of an asset's ladder and poster, answered by {@link MediaPlaybackController}. */
public final class PlaybackUrls {

    private PlaybackUrls() {
    }

    public static String master(UUID assetId) {
        return base(assetId) + "/master.m3u8";
    }

    public static String poster(UUID assetId) {
        return base(assetId) + "/images/poster.jpg";
    }

    private static String base(UUID assetId) {
        return "/media/play/" + assetId;
    }
}
