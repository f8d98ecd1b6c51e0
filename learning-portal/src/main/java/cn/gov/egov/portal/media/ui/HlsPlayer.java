package cn.gov.egov.portal.media.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import cn.gov.egov.portal.media.web.PlaybackUrls;

/** A video player for an HLS master playlist: hls.js where the browser has Media Source Extensions. */
@Tag("hls-player")
@NpmPackage(value = "hls.js", version = "1.7.4")
@JsModule("./hls-player.js")
public class HlsPlayer extends Component {

    /** The ladder of one media asset and its poster, through the per-request authorised redirects (ADR 0015). */
    public static HlsPlayer forAsset(java.util.UUID assetId) {
        return new HlsPlayer(PlaybackUrls.master(assetId), PlaybackUrls.poster(assetId));
    }

    public HlsPlayer(String src, String poster) {
        getElement().setAttribute("src", src);
        if (poster != null) {
            getElement().setAttribute("poster", poster);
        }
        getElement().getStyle().set("display", "block").set("width", "100%").set("max-width", "960px");
    }
}
