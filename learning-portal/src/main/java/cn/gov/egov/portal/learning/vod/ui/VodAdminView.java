package cn.gov.egov.portal.learning.vod.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import cn.gov.egov.portal.learning.vod.VodItem;
import cn.gov.egov.portal.learning.vod.VodLibrary;
import cn.gov.egov.portal.security.PortalUser;

/** 点播管理 — the VOD items of the administrator's subtree, published or not; add and edit them in a dialog. */
@Route(value = "admin/vod", layout = MainLayout.class)
@RolesAllowed({"COURSE_ADMIN", "SYSTEM_ADMIN"})
public class VodAdminView extends VerticalLayout implements HasDynamicTitle {

    private final VodLibrary library;
    private final PortalUser user;
    final TextField search = new TextField();
    final Grid<VodItem> grid = new Grid<>();

    public VodAdminView(VodLibrary library, CurrentUser currentUser) {
        this.library = library;
        this.user = currentUser.get();
        addClassName("vod-admin");
        setSizeFull();
        search.setLabel(getTranslation("vod.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("vod.admin.new"), VaadinIcon.PLUS.create(),
                e -> new VodDialog(library, user, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("vod-new");
        FlexLayout bar = new FlexLayout(search, create);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        grid.addColumn(VodItem::title).setHeader(getTranslation("vod.col.title")).setFlexGrow(3);
        grid.addColumn(VodItem::category).setHeader(getTranslation("vod.col.category")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation(v.minRole().messageKey())).setHeader(getTranslation("vod.col.audience"))
                .setAutoWidth(true);
        grid.addColumn(v -> getTranslation(v.published() ? "vod.yes" : "vod.no"))
                .setHeader(getTranslation("vod.col.published")).setAutoWidth(true);
        grid.addItemClickListener(e -> new VodDialog(library, user, e.getItem(), this::refresh).open());
        grid.setSizeFull();
        add(new H2(getTranslation("vod.admin.title")), bar, grid);
        refresh();
    }

    void refresh() {
        String text = search.getValue();
        grid.setItems(q -> library.managed(user, text, q.getOffset(), q.getLimit()).stream(),
                q -> library.countManaged(user, text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vod.admin.title");
    }
}
