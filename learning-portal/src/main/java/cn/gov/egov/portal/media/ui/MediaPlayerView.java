package cn.gov.egov.portal.media.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.media.MediaLibrary;

/** Watches one video of the media library (any signed-in user, once its ladder is ready). */
@Route(value = "media/watch", layout = MainLayout.class)
@PermitAll
public class MediaPlayerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MediaLibrary library;
    private String title = "";

    public MediaPlayerView(MediaLibrary library) {
        this.library = library;
        addClassName("media-player");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        MediaAsset asset;
        try {
            asset = library.playable(java.util.UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException e) {
            asset = null;
        }
        if (asset == null) {
            title = getTranslation("media.player.missing");
            add(new H2(title), new Span(getTranslation("media.player.missing.help")));
            return;
        }
        title = asset.title();
        HlsPlayer player = HlsPlayer.forAsset(asset.id());
        player.setId("player");
        add(new H2(asset.title()), player);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
