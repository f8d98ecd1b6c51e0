package cn.gov.egov.portal.learning.vod.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.course.CourseAccess;
import cn.gov.egov.portal.learning.vod.VodItem;
import cn.gov.egov.portal.learning.vod.VodLibrary;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/** 视频点播 — the VOD items the user's region and role may watch: search, a lazy grid; a row plays the video. */
@Route(value = "vod", layout = MainLayout.class)
@PermitAll
public class VodView extends VerticalLayout implements HasDynamicTitle {

    private final VodLibrary library;
    private final PortalUser user;
    final TextField search = new TextField();
    final Grid<VodItem> grid = new Grid<>();

    public VodView(VodLibrary library, CurrentUser currentUser, RegionTree regions) {
        this.library = library;
        this.user = currentUser.get();
        addClassName("vod-library");
        setSizeFull();
        search.setLabel(getTranslation("vod.search"));
        search.setPlaceholder(getTranslation("vod.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refresh());
        FlexLayout bar = new FlexLayout(search);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        if (CourseAccess.isManager(user)) {
            Button manage = new Button(getTranslation("vod.manage"), VaadinIcon.COG.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(VodAdminView.class)));
            manage.addClassName("vod-manage");
            bar.add(manage);
        }
        grid.addColumn(VodItem::title).setHeader(getTranslation("vod.col.title")).setFlexGrow(3);
        grid.addColumn(VodItem::category).setHeader(getTranslation("vod.col.category")).setAutoWidth(true);
        grid.addColumn(VodItem::tags).setHeader(getTranslation("vod.col.tags")).setFlexGrow(1);
        grid.addColumn(v -> regions.find(v.regionCode()).map(r -> r.name()).orElse(v.regionCode()))
                .setHeader(getTranslation("vod.col.region")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("vod.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(VodPlayerView.class, e.getItem().id().toString())));
        grid.setSizeFull();
        add(new H2(getTranslation("vod.title")), bar, grid);
        refresh();
    }

    void refresh() {
        String text = search.getValue();
        grid.setItems(q -> library.browse(user, text, q.getOffset(), q.getLimit()).stream(),
                q -> library.count(user, text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vod.title");
    }
}
