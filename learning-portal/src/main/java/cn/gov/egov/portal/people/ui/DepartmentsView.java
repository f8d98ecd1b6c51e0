package cn.gov.egov.portal.people.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ui.RegionPicker;
import cn.gov.egov.portal.people.Department;
import cn.gov.egov.portal.people.admin.OrgUnit;
import cn.gov.egov.portal.people.admin.OrgUnitService;
import cn.gov.egov.portal.people.admin.PeopleAccessDeniedException;
import cn.gov.egov.portal.people.admin.PeopleInputException;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * 单位部门 — the unit trees of a region and the regions below it (top units of a lower region are labelled with its
 * name): add, rename, move within the region, deactivate, reactivate. New top units go to the selected region.
 */
@Route(value = "admin/departments", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final OrgUnitService units;
    private final RegionTree regions;
    private final PortalUser user;
    final ComboBox<Region> region;
    final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    private List<OrgUnit> current = List.of();

    public DepartmentsView(OrgUnitService units, CurrentUser currentUser, RegionTree regions) {
        this.units = units;
        this.regions = regions;
        this.user = currentUser.get();
        addClassName("departments-view");
        setSizeFull();
        region = RegionPicker.create(getTranslation("people.region"), regions, user.regionCode());
        region.setWidth("min(20rem, 100%)");
        region.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("departments.add-top"), VaadinIcon.PLUS.create(),
                e -> askName(getTranslation("departments.add-top"), "", name -> units.create(user, code(), null,
                        name)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("department-add-top");
        HorizontalLayout bar = new HorizontalLayout(region, add);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        tree.addHierarchyColumn(u -> u.parentId() == null && !u.regionCode().equals(code())
                        ? regions.find(u.regionCode()).map(Region::name).orElse(u.regionCode()) + " · " + u.name()
                        : u.name()).setHeader(getTranslation("departments.col.name")).setWidth("14rem")
                .setFlexGrow(1).setFrozen(true);
        tree.addColumn(u -> getTranslation(u.active() ? "people.status.active" : "people.status.inactive"))
                .setHeader(getTranslation("people.col.status")).setAutoWidth(true);
        tree.addComponentColumn(this::actions).setAutoWidth(true);
        tree.setEmptyStateText(getTranslation("departments.empty"));
        tree.setSizeFull();
        tree.setMinHeight("20rem"); // on a phone the page scrolls rather than squeezing the tree
        add(new H2(getTranslation("departments.title")), bar, tree);
        refresh();
    }

    String code() {
        return region.getValue() == null ? user.regionCode() : region.getValue().code();
    }

    void refresh() {
        current = units.listSubtree(user, code()); // the region's units, then those of the regions below
        TreeData<OrgUnit> data = new TreeData<>();
        Map<UUID, OrgUnit> byId = new HashMap<>();
        for (OrgUnit u : current) { // parents before children (ordered by path)
            data.addItem(u.parentId() == null ? null : byId.get(u.parentId()), u);
            byId.put(u.id(), u);
        }
        tree.setTreeData(data);
        tree.expandRecursively(data.getRootItems(), Department.MAX_DEPTH);
    }

    private HorizontalLayout actions(OrgUnit u) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (u.active()) {
            buttons.add(small("departments.add-child", ev -> askName(getTranslation("departments.add-child"), "",
                    name -> units.create(user, u.regionCode(), u.id(), name))));
            buttons.add(small("departments.rename", ev -> askName(getTranslation("departments.rename"), u.name(),
                    name -> units.rename(user, u.id(), name))));
            buttons.add(small("departments.move", ev -> askParent(u)));
            buttons.add(small("people.deactivate", ev -> act(() -> units.deactivate(user, u.id()))));
        } else {
            buttons.add(small("people.reactivate", ev -> act(() -> units.reactivate(user, u.id()))));
        }
        return buttons;
    }

    private Button small(String key, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button b = new Button(getTranslation(key), listener);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.addClassName(key.replace('.', '-'));
        return b;
    }

    private void askName(String title, String value, Consumer<String> save) {
        Dialog dialog = new Dialog(title);
        dialog.addClassName("department-name-dialog");
        TextField name = new TextField(getTranslation("departments.col.name"));
        name.setValue(value);
        name.setWidth("min(24rem, 80vw)");
        name.setMaxLength(Department.MAX_NAME_LENGTH + 20); // longer input gets the server's clear message
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button ok = new Button(getTranslation("people.save"), e -> {
            try {
                save.accept(name.getValue());
                dialog.close();
                refresh();
            } catch (PeopleInputException ex) {
                error.setText(getTranslation("people.error." + ex.code()));
            } catch (PeopleAccessDeniedException ex) {
                error.setText(getTranslation("people.error.forbidden"));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("department-save");
        dialog.add(new VerticalLayout(name, error));
        dialog.getFooter().add(new Button(getTranslation("people.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void askParent(OrgUnit unit) {
        Dialog dialog = new Dialog(getTranslation("departments.move"));
        ComboBox<OrgUnit> parent = new ComboBox<>(getTranslation("departments.new-parent"));
        parent.setItems(current.stream().filter(u -> u.active() && u.regionCode().equals(unit.regionCode())
                && !u.id().equals(unit.id())
                && !u.path().startsWith(unit.path() + Department.SEPARATOR)).toList());
        parent.setItemLabelGenerator(OrgUnit::path);
        parent.setPlaceholder(getTranslation("departments.top"));
        parent.setClearButtonVisible(true);
        parent.setWidth("min(24rem, 80vw)");
        Span error = new Span();
        Button ok = new Button(getTranslation("people.save"), e -> {
            try {
                units.move(user, unit.id(), parent.getValue() == null ? null : parent.getValue().id());
                dialog.close();
                refresh();
            } catch (PeopleInputException ex) {
                error.setText(getTranslation("people.error." + ex.code()));
            } catch (PeopleAccessDeniedException ex) {
                error.setText(getTranslation("people.error.forbidden"));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(parent, error));
        dialog.getFooter().add(new Button(getTranslation("people.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (PeopleInputException ex) {
            Notification.show(getTranslation("people.error." + ex.code()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (PeopleAccessDeniedException ex) {
            Notification.show(getTranslation("people.error.forbidden"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("departments.title");
    }
}
