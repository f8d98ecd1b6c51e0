package cn.gov.egov.portal.conference.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** 区域 — the administrator's part of the region tree (GB/T 2260), searchable; a region opens its rooms. */
@Route(value = "admin/regions", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class RegionsView extends VerticalLayout implements HasDynamicTitle {

    public RegionsView(CurrentUser currentUser, RegionTree regions) {
        addClassName("regions-view");
        setSizeFull();
        String root = currentUser.get().regionCode();

        TreeData<Region> data = new TreeData<>();
        data.addRootItems(regions.get(root));
        for (Region r : regions.subtree(root)) {
            if (!r.code().equals(root)) {
                data.addItem(regions.get(r.parentCode()), r);
            }
        }
        TreeDataProvider<Region> provider = new TreeDataProvider<>(data);
        TreeGrid<Region> tree = new TreeGrid<>();
        tree.setDataProvider(provider);
        tree.addHierarchyColumn(Region::name).setHeader(getTranslation("regions.col.name")).setFlexGrow(1);
        tree.addColumn(Region::code).setHeader(getTranslation("regions.col.code")).setAutoWidth(true);
        tree.addColumn(r -> getTranslation("regions.level." + r.level())).setHeader(getTranslation(
                "regions.col.level")).setAutoWidth(true);
        tree.expand(regions.get(root));
        tree.addClassName("region-tree");
        tree.setSelectionMode(Grid.SelectionMode.NONE);
        tree.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RoomsView.class)));

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("regions.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            String q = e.getValue().strip();
            provider.setFilter(q.isEmpty() ? null : r -> regions.path(r.code()).contains(q) || r.code().startsWith(q));
            if (!q.isEmpty()) {
                tree.expandRecursively(List.of(regions.get(root)), 3);
            }
        });
        add(new H2(getTranslation("regions.title")), search, tree);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("regions.title") + " | " + getTranslation("app.name");
    }
}
