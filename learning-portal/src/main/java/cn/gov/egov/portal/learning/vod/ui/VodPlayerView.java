package cn.gov.egov.portal.learning.vod.ui;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.vod.VodItem;
import cn.gov.egov.portal.learning.vod.VodLibrary;
import cn.gov.egov.portal.media.ui.HlsPlayer;
import cn.gov.egov.portal.security.PortalUser;

/** Plays one VOD item with the media library's HLS player, if the user's region and role may see it. */
@Route(value = "vod", layout = MainLayout.class)
@PermitAll
public class VodPlayerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final VodLibrary library;
    private final PortalUser user;
    private String title = "";

    public VodPlayerView(VodLibrary library, CurrentUser currentUser) {
        this.library = library;
        this.user = currentUser.get();
        addClassName("vod-player");
        setMaxWidth("1000px");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        VodItem item;
        try {
            item = library.item(user, UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException e) {
            item = null;
        }
        add(new RouterLink(getTranslation("vod.title"), VodView.class));
        if (item == null) {
            title = getTranslation("vod.missing");
            add(new H2(title));
            return;
        }
        title = item.title();
        HlsPlayer player = HlsPlayer.forAsset(item.mediaAssetId());
        player.setId("player");
        Div description = new Div();
        description.setText(item.description());
        description.getStyle().set("white-space", "pre-wrap");
        description.addClassName("vod-description");
        add(new H2(item.title()), player, description);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
